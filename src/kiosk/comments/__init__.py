"""Comments by registered readers, with moderation (issue 8). Not built yet."""
