"""Crawl: the ingestion pipeline, one module per step (see pipeline.py for the flow)."""
