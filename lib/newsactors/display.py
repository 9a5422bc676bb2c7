"""Tables in the notebooks: sortable and filterable in JupyterLab, plain everywhere else.

`show_table(frame)` as the last line of a cell returns the DataFrame itself, shown by pandas as
usual, when the kernel was started by papermill, nbval or nbconvert: the committed outputs stay
plain text and HTML that nbval can compare. In a kernel started by `make lab`, which sets
`NEWSACTORS_INTERACTIVE_TABLES=1`, it draws the table with itables instead (search box, sorting by
any column, paging) and returns nothing. itables runs offline: its JavaScript comes from the
installed package, never from the web.
"""
from __future__ import annotations

import os

import pandas as pd

from .paths import INTERACTIVE_TABLES_ENV

_itables_ready = False


def interactive_tables_enabled() -> bool:
    return os.environ.get(INTERACTIVE_TABLES_ENV) == "1"


def show_table(frame: pd.DataFrame) -> pd.DataFrame | None:
    """Show `frame` interactively in JupyterLab; elsewhere return it for pandas to display."""
    if not interactive_tables_enabled():
        return frame
    _load_itables()
    from itables import show

    show(
        frame,
        connected=False,
        maxBytes=0,  # every row: the tables of one article are small
        pageLength=10,
        lengthMenu=[10, 25, 100],
        classes="display compact",  # long texts (what was said) wrap instead of running off the page
        columnDefs=[{"className": "dt-left", "targets": "_all"}],
    )
    return None


def _load_itables() -> None:
    """Put the DataTables library into the notebook page once per kernel. (After reloading the
    browser page, restart the kernel if a table stays at "Loading ITables": the library went with
    the old page.)"""
    global _itables_ready
    if not _itables_ready:
        from itables import init_notebook_mode

        init_notebook_mode(all_interactive=False, connected=False)
        _itables_ready = True
