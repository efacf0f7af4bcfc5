"""Block classification: spam, boilerplate and metadata lines of plain text."""
