"""Stories: duplicate detection and story clustering (issue 5). Not built yet."""
