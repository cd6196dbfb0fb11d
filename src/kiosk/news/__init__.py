"""News: archived articles and the reader's pages of each edition."""
