#!/usr/bin/python3
"""Run SciPy's own tests of convolve/correlate/convolve2d/correlate2d/fftconvolve/oaconvolve against `convspec eval`.

    /usr/bin/python3 spec-tests/Vectors/scipy_suite_through_eval.py [pytest args...]
    SELECTION="TestCorrelate2d" /usr/bin/python3 spec-tests/Vectors/scipy_suite_through_eval.py   (a pytest -k expression)

Needs python3-pytest and a built CLI (dotnet build src/ConvSpec.Cli -c Release). The six functions in scipy.signal
are replaced, before SciPy's test module is imported, by proxies that send each call as one eval request to a
long-lived `convspec eval` process and turn the answer back into a NumPy array (invalid_argument raises ValueError).
A diagnostic tool, not part of the xUnit suite: its failures are read by a person (some are documented deviations,
e.g. fftconvolve of integers answering exact int64).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import pytest
import scipy.signal

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.path.join(ROOT, "src", "ConvSpec.Cli", "bin", "Release", "net10.0", "ConvSpec.Cli.dll")
server = subprocess.Popen(["dotnet", CLI, "eval"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)


def number(x, single):
    x = float(np.float32(x)) if single else float(x)
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def wire(a):
    a = np.asarray(a)
    kind = a.dtype.kind
    if kind in "biu":
        return {"dtype": "int64", "shape": list(a.shape), "data": [int(v) for v in a.reshape(-1)]}
    if kind == "f":
        single = a.dtype.itemsize <= 4
        return {"dtype": "float32" if single else "float64", "shape": list(a.shape),
                "data": [number(v, single) for v in a.reshape(-1)]}
    if kind == "c":
        single = a.dtype.itemsize <= 8
        return {"dtype": "complex64" if single else "complex128", "shape": list(a.shape),
                "data": [[number(v.real, single), number(v.imag, single)] for v in a.reshape(-1)]}
    raise ValueError(f"dtype {a.dtype} is not in the protocol")


def unwire(t):
    dtype = {"int64": np.int64, "float32": np.float32, "float64": np.float64,
             "complex64": np.complex64, "complex128": np.complex128}[t["dtype"]]
    conv = lambda v: float(v) if isinstance(v, str) else v
    data = [complex(conv(v[0]), conv(v[1])) for v in t["data"]] if t["dtype"].startswith("complex") else [conv(v) for v in t["data"]]
    return np.array(data, dtype=dtype).reshape(t["shape"])


counter = [0]


def call(op, in1, in2, **kwargs):
    args = {"in1": wire(in1), "in2": wire(in2)}
    for k, v in kwargs.items():
        if k == "fillvalue":
            v = np.asarray(v)
            if v.size != 1:
                raise ValueError("fillvalue must be scalar")
            v = wire(v.reshape(()))
        elif k == "axes" and v is not None:
            v = [int(x) for x in np.atleast_1d(v)] if not np.isscalar(v) else int(v)
        args[k] = v
    counter[0] += 1
    server.stdin.write(json.dumps({"id": counter[0], "op": op, "args": args}) + "\n")
    response = json.loads(server.stdout.readline())
    if "error" in response:
        raise ValueError(f"{response['error']['type']}: {response['error']['message']}")
    return unwire(response["result"])


def proxy(op):
    def f(in1, in2, *positional, **kwargs):
        names = {"convolve": ["mode", "method"], "correlate": ["mode", "method"],
                 "convolve2d": ["mode", "boundary", "fillvalue"], "correlate2d": ["mode", "boundary", "fillvalue"],
                 "fftconvolve": ["mode", "axes"], "oaconvolve": ["mode", "axes"]}[op]
        kwargs.update(zip(names, positional))
        return call(op, in1, in2, **kwargs)
    return f


for name in ("convolve", "correlate", "convolve2d", "correlate2d", "fftconvolve", "oaconvolve"):
    setattr(scipy.signal, name, proxy(name))

if __name__ == "__main__":
    tests = os.path.join(os.path.dirname(scipy.signal.__file__), "tests", "test_signaltools.py")
    work = tempfile.mkdtemp()
    shutil.copy(tests, os.path.join(work, "test_signaltools_eval.py"))
    selection = ("(TestConvolve or TestConvolve2d or TestFFTConvolve or TestOAConvolve or TestAllFreqConvolves"
                 " or TestCorrelateReal or TestCorrelate or TestCorrelateComplex or TestCorrelate2d) and not large_array and not test_many_sizes and not random_data and not test_real_manylens and not test_1d_noaxes and not test_1d_axes and not test_2d_axes")
    selection = os.environ.get("SELECTION", selection)
    code = pytest.main([os.path.join(work, "test_signaltools_eval.py"), "-q", "-p", "no:cacheprovider",
                        "-k", selection, *sys.argv[1:]])
    server.stdin.close()
    server.wait()
    sys.exit(code)
