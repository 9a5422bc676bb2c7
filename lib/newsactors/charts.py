"""The collection's charts, drawn the same way in the notebooks and in the HTML report."""
from __future__ import annotations

import base64
import io

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from .lexicons import load_lexicon

STANCE_ORDER = list(load_lexicon().stance_labels)
"""The stance labels in the order of `stance_labels.csv`, the order every chart and table shows them."""

KIND_COLOURS = {"person": "#4c72b0", "state": "#dd8452", "organisation": "#55a868", "group": "#8172b3"}
OTHER_COLOUR = "#999999"
# One colour per stance label, by its place in the vocabulary: a label keeps its colour from one
# article to the next (tab20 has a colour for each of the fifteen labels)
STANCE_COLOURS = dict(zip(STANCE_ORDER, plt.get_cmap("tab20").colors, strict=False))
BAR_HEIGHT = 0.8  # of the space between two speakers' bars


UNNAMED_SPEAKER = "(no named speaker)"


def mentions_chart(actors: pd.DataFrame, top: int = 15):
    """Horizontal bars: how often each actor is mentioned, most mentioned at the top."""
    data = actors.assign(mentions=actors["mentions"].astype(int)).nlargest(top, "mentions").iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(data) + 1))
    ax.barh(data["actor"], data["mentions"], color=data["kind"].map(KIND_COLOURS).fillna(OTHER_COLOUR))
    kinds = [k for k in KIND_COLOURS if k in set(data["kind"])]
    ax.legend(handles=[Patch(color=KIND_COLOURS[k], label=k) for k in kinds], loc="lower right", fontsize="small")
    ax.set_xlabel("mentions (names, aliases, pronouns)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no half mentions on the axis
    ax.set_title("Who is mentioned most")
    fig.tight_layout()
    return fig


def speaker_labels(positions: pd.DataFrame) -> pd.Series:
    """Speakers as a reader should see them in a count: a position with no named source ("is
    expected to", "Asked about ...") keeps an empty speaker in the tables and is counted here as
    UNNAMED_SPEAKER."""
    return positions["speaker"].where(positions["speaker"] != "", UNNAMED_SPEAKER)


def stance_matrix(positions: pd.DataFrame) -> pd.DataFrame:
    """Actor x stance counts, stances in vocabulary order."""
    if positions.empty:
        return pd.DataFrame()
    matrix = pd.crosstab(speaker_labels(positions), positions["stance"])
    columns = [s for s in STANCE_ORDER if s in matrix.columns]
    return matrix[columns]


TOP_SPEAKERS = 25
"""Speakers drawn one bar each in `stance_chart`; the others share one bar. A news article has a
dozen or two; a long document can have hundreds, and a bar each would make a figure metres tall
that takes longer to draw than the whole analysis."""


def stance_chart(positions: pd.DataFrame, top: int = TOP_SPEAKERS):
    """Stacked bars: each speaker's positions by stance; past the `top` speakers with the most
    positions, the rest in one bar, "(N other speakers)". Each stance has one colour in every
    chart (`STANCE_COLOURS`), and a bar piece is drawn only where a count is not zero: a speaker
    takes two or three of the fifteen stances, and empty pieces would be most of the drawing."""
    matrix = fold_other_speakers(stance_matrix(positions), top)
    fig, ax = plt.subplots(figsize=(7, 0.4 * max(len(matrix), 1) + 1.2))
    if matrix.empty:
        ax.text(0.5, 0.5, "no positions found", ha="center", va="center")
        ax.set_axis_off()
        return fig
    rows = matrix.iloc[::-1]
    places = np.arange(len(rows))  # the most positions at the top
    left = np.zeros(len(rows))
    for stance in rows.columns:
        counts = rows[stance].to_numpy()
        drawn = counts > 0
        ax.barh(places[drawn], counts[drawn], left=left[drawn], height=BAR_HEIGHT, color=STANCE_COLOURS[stance],
                label=stance)
        left += counts
    ax.set_yticks(places, labels=[str(speaker) for speaker in rows.index])
    ax.set_xlabel("positions")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title("Who takes which position")
    ax.legend(title="stance", bbox_to_anchor=(1.02, 1), loc="upper left", fontsize="small")
    fig.tight_layout()
    return fig


def fold_other_speakers(matrix: pd.DataFrame, top: int) -> pd.DataFrame:
    """The `top` rows with the most positions, in their order, and one row summing the others."""
    if len(matrix) <= top:
        return matrix
    kept = matrix.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top]
    others = matrix.drop(index=kept)
    folded = pd.DataFrame([others.sum()], index=[f"({len(others)} other speakers)"])
    return pd.concat([folded, matrix.loc[[i for i in matrix.index if i in set(kept)]]])


def load_fonts() -> None:
    """Draw a word off-screen, so that the fonts are found and loaded before the first chart: a
    kernel does this while it waits for the parse (`newsactors run`)."""
    figure = Figure(figsize=(1, 1))
    figure.text(0.5, 0.5, "positions")
    FigureCanvasAgg(figure).draw()


def figure_png_base64(fig) -> str:
    """A figure as a base64 PNG for embedding in self-contained HTML; closes the figure."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, metadata={"Software": None})
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")
