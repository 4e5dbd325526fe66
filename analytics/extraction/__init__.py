"""NLP extraction: entities, amounts, facts. `run_extraction` is the entry point."""
