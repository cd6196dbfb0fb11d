"""Search: SQLite FTS5 and PostgreSQL full-text backends behind one interface. Not built yet."""
