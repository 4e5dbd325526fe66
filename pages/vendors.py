"""Entry shim, not a page: see app.py. The real page is pages/dashboard/ with the same file name.

While a pages/ folder exists, Streamlit serves a fresh server's first request the legacy way, from
pages/<url>.py; this file then runs app.py, whose st.navigation shows the real page (instead of
a "Page not found" dialog on a bookmarked or shared link).
"""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parent.parent / "app.py"), run_name="__main__")
