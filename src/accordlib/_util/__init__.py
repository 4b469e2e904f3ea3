"""Private utilities at the bottom of the import graph: text, lazy values, the bounded
memo, the unchecked constructor, data tables and the dateparser seam."""
