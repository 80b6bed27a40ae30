package org.factquiz.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.load.InputProblem;

/**
 * The prose of a plain-text draft: paragraphs are separated by blank lines, and a line break
 * inside one is a space. HTML comments are not prose, so the same directives work as in Markdown.
 */
final class PlainProse {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private PlainProse() {
    }

    static Prose read(DraftText draft, List<InputProblem> problems) {
        String text = draft.text();
        List<int[]> comments = new ArrayList<>();
        Matcher m = COMMENT.matcher(text);
        while (m.find()) {
            comments.add(new int[] {m.start(), m.end()});
        }
        List<Directive> found = new ArrayList<>();
        Directive.find(draft, 0, text.length(), -1, found, problems);

        List<ProseBlock> blocks = new ArrayList<>();
        List<int[]> blockRanges = new ArrayList<>();
        ProseBlock.Builder block = new ProseBlock.Builder();
        int blockStart = 0;
        int comment = 0;
        int lineStart = 0;
        for (int line = 0; line < draft.lines(); line++) {
            lineStart = draft.lineStarts()[line];
            int lineEnd = line + 1 < draft.lines() ? draft.lineStarts()[line + 1] : text.length();
            boolean blank = true;
            for (int i = lineStart; i < lineEnd; i++) {
                while (comment < comments.size() && comments.get(comment)[1] <= i) {
                    comment++;
                }
                boolean inComment = comment < comments.size() && comments.get(comment)[0] <= i;
                char c = text.charAt(i);
                if (inComment || c == '\n' || c == '\r') {
                    if (inComment) {
                        blank = false;
                    }
                    continue;
                }
                if (!Character.isWhitespace(c)) {
                    blank = false;
                }
                if (Character.isWhitespace(c)) {
                    block.space(i);
                } else {
                    block.add(c, i, i + 1);
                }
            }
            if (blank) {
                if (!block.isEmpty()) {
                    blocks.add(block.build());
                    blockRanges.add(new int[] {blockStart, lineStart});
                }
                block = new ProseBlock.Builder();
                blockStart = lineEnd;
            } else {
                block.space(lineEnd);
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block.build());
            blockRanges.add(new int[] {blockStart, text.length()});
        }
        List<Directive> directives = new ArrayList<>();
        for (Directive d : found) {
            int in = -1;
            for (int b = 0; b < blockRanges.size(); b++) {
                if (blockRanges.get(b)[0] <= d.offset() && d.offset() < blockRanges.get(b)[1]) {
                    in = b;
                }
            }
            directives.add(new Directive(d.kind(), d.reason(), d.location(), d.offset(), d.end(), in));
        }
        return new Prose(blocks, directives, Optional.empty());
    }
}
