"""Reusable Streamlit pieces: cached store readers, filters, charts, export buttons."""
