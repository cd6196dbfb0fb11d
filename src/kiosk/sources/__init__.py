"""Sources: the news sites Kiosk watches, with their feeds and fetch state."""
