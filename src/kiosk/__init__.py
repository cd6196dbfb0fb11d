"""Kiosk: a self-hosted multilingual news aggregator and archive."""
