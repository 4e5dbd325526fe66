"""Analytics core of the AI-industry news dashboard: ingest, extraction, store, figures.

No Streamlit imports anywhere in this package.
"""

__version__ = "0.1.0"
