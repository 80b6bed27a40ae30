package org.factquiz.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.internal.util.Html5Entities;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.factquiz.load.InputProblem;

/**
 * The prose of a Markdown draft, read with commonmark-java (CommonMark and GitHub tables) the way
 * a Markdown user expects: paragraphs, headings, list items, block quotes and table cells are prose;
 * code blocks, front matter, HTML blocks, images and bare URLs are not; a link is read by its text;
 * inline code stays in its sentence as written (so that sentence reads as code, not as a claim).
 */
final class MarkdownProse {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final DraftText draft;
    private final List<ProseBlock> blocks = new ArrayList<>();
    private final List<Directive> directives = new ArrayList<>();
    private final List<InputProblem> problems;

    private MarkdownProse(DraftText draft, List<InputProblem> problems) {
        this.draft = draft;
        this.problems = problems;
    }

    static Prose read(DraftText draft, List<InputProblem> problems) {
        FrontMatter front = FrontMatter.of(draft.text());
        MarkdownProse prose = new MarkdownProse(draft, problems);
        prose.visitBlocks(PARSER.parse(front.blank(draft.text())));
        return new Prose(prose.blocks, prose.directives, front.language());
    }

    private void visitBlocks(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
                textBlock(child);
            } else if (child instanceof HtmlBlock) {
                int[] range = range(child);
                Directive.find(draft, range[0], range[1], -1, directives, problems);
            } else if (!(child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock
                    || child instanceof ThematicBreak || child instanceof LinkReferenceDefinition)) {
                visitBlocks(child);
            }
        }
    }

    private void textBlock(Node block) {
        ProseBlock.Builder prose = new ProseBlock.Builder();
        visitInlines(block, prose);
        if (!prose.isEmpty()) {
            blocks.add(prose.build());
        } else {
            // A block of nothing but comments still carries its directives (they apply to what follows).
            directives.replaceAll(d -> d.block() == blocks.size() ? new Directive(d.kind(), d.reason(), d.location(),
                    d.offset(), d.end(), -1) : d);
        }
    }

    private void visitInlines(Node parent, ProseBlock.Builder prose) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text text) {
                text(text, prose);
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                prose.space(lastEnd(node));
            } else if (node instanceof Code) {
                int[] range = range(node);
                String code = draft.text().substring(range[0], range[1]);
                for (int i = 0; i < code.length(); i++) {
                    char c = code.charAt(i);
                    prose.add(Character.isWhitespace(c) ? ' ' : c, range[0] + i, range[0] + i + 1);
                }
            } else if (node instanceof HtmlInline) {
                int[] range = range(node);
                Directive.find(draft, range[0], range[1], blocks.size(), directives, problems);
            } else if (node instanceof Image || node instanceof Link link && isBareUrl(link)) {
                prose.space(range(node)[0]);
            } else if (!(node instanceof Block)) {
                visitInlines(node, prose);
            }
        }
    }

    /** An autolink (<https://...>) shows its address, which is not prose. */
    private static boolean isBareUrl(Link link) {
        StringBuilder shown = new StringBuilder();
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                shown.append(t.getLiteral());
            }
        }
        String dest = link.getDestination();
        return shown.toString().equals(dest) || ("mailto:" + shown).equals(dest);
    }

    /**
     * Places each character of a text node's literal in the draft: the literal is the source with
     * backslash escapes and entities resolved, so the two are walked side by side.
     */
    private void text(Text node, ProseBlock.Builder prose) {
        String literal = node.getLiteral();
        String src = draft.text();
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        int l = 0;
        for (SourceSpan span : spans) {
            int s = span.getInputIndex();
            int end = s + span.getLength();
            while (s < end && l < literal.length()) {
                char want = literal.charAt(l);
                char have = src.charAt(s);
                if (have == '&') {
                    Matcher entity = ENTITY.matcher(src).region(s, end);
                    if (entity.lookingAt()) {
                        String decoded = Html5Entities.entityToString(entity.group());
                        if (!decoded.equals(entity.group()) && literal.startsWith(decoded, l)) {
                            for (int i = 0; i < decoded.length(); i++) {
                                prose.add(decoded.charAt(i), s, entity.end());
                            }
                            l += decoded.length();
                            s = entity.end();
                            continue;
                        }
                    }
                }
                if (have == '\\' && s + 1 < end && ASCII_PUNCTUATION.indexOf(src.charAt(s + 1)) >= 0
                        && want == src.charAt(s + 1)) {
                    prose.add(want, s, s + 2);
                    l++;
                    s += 2;
                } else if (have == want || (have == '\0' && want == '\uFFFD')) {
                    prose.add(want == '\t' ? ' ' : want, s, s + 1);
                    l++;
                    s++;
                } else {
                    s++;
                }
            }
        }
        // Whatever the walk could not place (it should not happen) goes at the node's end, not lost.
        int last = spans.get(spans.size() - 1).getInputIndex() + spans.get(spans.size() - 1).getLength();
        for (; l < literal.length(); l++) {
            prose.add(literal.charAt(l), last, last);
        }
    }

    private int[] range(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new int[] {0, 0};
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
    }

    /** Where a line break stands: the end of what came before it. */
    private int lastEnd(Node node) {
        for (Node before = node.getPrevious(); before != null; before = before.getPrevious()) {
            if (!before.getSourceSpans().isEmpty()) {
                return range(before)[1];
            }
        }
        return range(node.getParent())[0];
    }
}
