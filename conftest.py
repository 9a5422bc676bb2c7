"""For every test run (tests/ and nbval over notebooks/): outputs go to a temporary folder, never
into the outputs/ that `make run` wrote. Set before anything imports `newsactors.paths`; kernels
and subprocesses the tests start inherit it."""
import os
import shutil
import tempfile

_OUTPUTS = tempfile.mkdtemp(prefix="newsactors-test-outputs-")
os.environ["NEWSACTORS_OUTPUT_DIR"] = _OUTPUTS


def pytest_unconfigure(config):
    shutil.rmtree(_OUTPUTS, ignore_errors=True)
