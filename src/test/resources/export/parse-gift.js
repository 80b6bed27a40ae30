// Parses a GIFT file with the independent parser gift-pegjs (from the project's node_modules) and
// prints what it read as JSON: the export tests compare it with the questions that were written.
const path = require('path');
const fs = require('fs');
const gift = require(path.resolve('node_modules', 'gift-pegjs'));
const text = fs.readFileSync(process.argv[2], 'utf8');
try {
  process.stdout.write(JSON.stringify(gift.parse(text)));
} catch (e) {
  const where = e.location ? e.location.start.line + ':' + e.location.start.column : '?';
  process.stderr.write(process.argv[2] + ':' + where + ': ' + e.message + '\n');
  process.exit(1);
}
