#!/usr/bin/python3
"""Reference vectors from SciPy for the six convolution/correlation operations of `convspec eval`.

Run with the system Python that has SciPy 1.10 and NumPy 1.24:
    /usr/bin/python3 spec-tests/Vectors/make_scipy_vectors.py > spec-tests/Vectors/scipy_vectors.jsonl

Each line is {"request": <eval request>, "expected": <SciPy's answer>} where the answer is either
{"dtype", "shape", "data"} (complex as [re, im]) or {"error": "invalid_argument"} when SciPy raises.
fftconvolve/oaconvolve return floats for integer inputs; with the small integers used here SciPy's
float answer rounds to the exact integer, which is what the oracle returns as int64, so the expected
value is written as int64 (the rounding is stated in "note").
"""
import json
import sys

import numpy as np
import scipy
from scipy import signal

SEED = 20261125
rng = np.random.default_rng(SEED)


def rand_shape(rank, longer=False):
    return [int(rng.integers(1, 9 if longer else 6)) for _ in range(rank)]


def rand_data(shape, kind):
    if kind == "int":
        return rng.integers(-9, 10, size=shape).astype(np.int64)
    if kind == "bigint":
        return rng.integers(-(2 ** 20), 2 ** 20, size=shape).astype(np.int64)
    if kind == "float64":
        return rng.standard_normal(shape) * 10.0 ** int(rng.integers(-3, 4))
    if kind == "float32":
        return rng.standard_normal(shape).astype(np.float32)
    if kind == "complex128":
        return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)
    if kind == "complex64":
        return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(np.complex64)
    raise ValueError(kind)


def wire_number(x, single):
    x = float(np.float32(x)) if single else float(x)
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def wire(a):
    """The protocol's object form of a NumPy array."""
    a = np.asarray(a)
    dtype = str(a.dtype)
    flat = a.reshape(-1)
    if a.dtype.kind == "i":
        data = [int(v) for v in flat]
        dtype = "int64"
    elif a.dtype.kind == "c":
        single = a.dtype == np.complex64
        data = [[wire_number(v.real, single), wire_number(v.imag, single)] for v in flat]
    else:
        single = a.dtype == np.float32
        data = [wire_number(v, single) for v in flat]
    return {"dtype": dtype, "shape": list(a.shape), "data": data}


def answer(op, a, b, kwargs):
    try:
        with np.errstate(all="ignore"):
            r = getattr(signal, op)(a, b, **kwargs)
    except (ValueError, TypeError):
        return {"error": "invalid_argument"}, None
    r = np.asarray(r)
    note = None
    if op in ("fftconvolve", "oaconvolve") and a.dtype.kind == "i" and b.dtype.kind == "i" and r.size > 0:
        note = "SciPy returns float64; rounded to the exact int64 answer"
        r = np.rint(r).astype(np.int64)
    if r.size == 0 and op not in ("fftconvolve", "oaconvolve"):
        return {"error": "invalid_argument"}, "SciPy returns an empty array; the oracle rejects empty outputs"
    return wire(r), note


KINDS = ["int", "int", "float64", "float64", "float32", "complex128", "complex64", "bigint"]
MODES = ["full", "valid", "same"]
BOUNDARIES = ["fill", "wrap", "symm"]


def pair(rank, kind, kind2=None):
    s1 = rand_shape(rank)
    roll = rng.integers(0, 4)
    if roll == 0:
        s2 = [max(1, d - int(rng.integers(0, d))) for d in s1]  # in2 no larger
    elif roll == 1:
        s2 = [d + int(rng.integers(0, 4)) for d in s1]  # in2 no smaller: kernel longer than input
    else:
        s2 = rand_shape(rank, longer=True)
    return rand_data(s1, kind), rand_data(s2, kind2 or kind)


def requests():
    n = 0
    for op in ("convolve", "correlate"):
        for _ in range(55):
            rank = int(rng.integers(1, 4))
            kind = KINDS[int(rng.integers(0, len(KINDS)))]
            kind2 = KINDS[int(rng.integers(0, len(KINDS)))] if rng.integers(0, 5) == 0 else kind
            a, b = pair(rank, kind, kind2)
            mode = MODES[int(rng.integers(0, 3))]
            method = ["auto", "direct", "fft"][int(rng.integers(0, 3))]
            if method == "fft" and (np.abs(a).max() > 9 or np.abs(b).max() > 9) and (a.dtype.kind == "i" or b.dtype.kind == "i"):
                method = "direct"  # SciPy rounds its FFT answer for integers: exact only while values stay small
            yield op, a, b, {"mode": mode, "method": method}
    for op in ("convolve2d", "correlate2d"):
        for _ in range(55):
            kind = KINDS[int(rng.integers(0, len(KINDS)))]
            a, b = pair(2, kind)
            kw = {"mode": MODES[int(rng.integers(0, 3))], "boundary": BOUNDARIES[int(rng.integers(0, 3))]}
            if kw["boundary"] == "fill" and rng.integers(0, 2) == 0:
                if a.dtype.kind == "c":
                    kw["fillvalue"] = complex(int(rng.integers(-3, 4)), int(rng.integers(-3, 4)))
                elif a.dtype.kind == "i":
                    kw["fillvalue"] = int(rng.integers(-5, 6))
                else:
                    kw["fillvalue"] = float(rng.integers(-40, 41)) / 8
            yield op, a, b, kw
    for op in ("fftconvolve", "oaconvolve"):
        for _ in range(40):
            rank = int(rng.integers(1, 4))
            kind = ["int", "float64", "float64", "float32", "complex128"][int(rng.integers(0, 5))]
            a, b = pair(rank, kind)
            kw = {"mode": MODES[int(rng.integers(0, 3))]}
            choice = int(rng.integers(0, 4))
            if choice == 1:
                kw["axes"] = int(rng.integers(-rank, rank))
            elif choice >= 2:
                k = int(rng.integers(1, rank + 1))
                kw["axes"] = [int(x) for x in rng.permutation(rank)[:k]]
            if "axes" in kw:
                chosen = {x % rank for x in np.atleast_1d(kw["axes"])}
                # off the convolved axes the extents must be equal or 1 (they broadcast)
                s2 = [b.shape[d] if d in chosen else (a.shape[d] if rng.integers(0, 3) else 1) for d in range(rank)]
                b = rand_data(s2, kind)
            yield op, a, b, kw
    # edge cases: extent-1 inputs, equal shapes, errors
    edge = [
        ("convolve", np.array([5]), np.array([3]), {"mode": "same"}),
        ("convolve", np.array([[1, 2], [3, 4]]), np.array([[1, 2, 3]]), {"mode": "valid"}),
        ("correlate", np.array([1, 2, 3]), np.array([1, 2, 3, 4, 5]), {"mode": "valid"}),
        ("correlate", np.array([1 + 2j, 3 - 1j]), np.array([2 - 1j, 1j, 4 + 0j]), {"mode": "valid"}),
        ("correlate2d", np.array([[1 + 2j, 3 - 1j]]), np.array([[2 - 1j, 1j, 4 + 0j]]), {"mode": "valid"}),
        ("convolve2d", np.array([[1, 2], [3, 4]]), np.array([[1, 2, 3]]), {"mode": "valid"}),
        ("convolve2d", np.array([[1, 2, 3]]), np.ones((1, 8), dtype=np.int64), {"boundary": "symm"}),
        ("convolve2d", np.array([[1, 2, 3]]), np.ones((1, 8), dtype=np.int64), {"boundary": "wrap"}),
        ("correlate2d", np.array([[1, 2, 3, 4]]), np.array([[1, 1]]), {"mode": "same"}),
        ("fftconvolve", np.array([2.5]), np.array([1.0, 2.0, 3.0]), {"mode": "same"}),
        ("oaconvolve", np.array([2.5]), np.array([1.0, 2.0, 3.0]), {"mode": "same"}),
        ("fftconvolve", np.ones((2, 3)), np.ones((3, 2)), {"mode": "valid"}),
        ("convolve", np.ones((2, 3)), np.ones((3,)), {"mode": "full"}),
        ("fftconvolve", np.ones((2, 3)), np.ones((4, 3)), {"mode": "full", "axes": 5}),
        ("fftconvolve", np.ones((2, 3)), np.ones((4, 2)), {"mode": "full", "axes": 0}),
        ("fftconvolve", np.ones((2, 3)), np.ones((4, 3)), {"mode": "full", "axes": [0, 0]}),
    ]
    # rank 0, extent-1 axes that broadcast, kernels longer than the input in same mode, mixed dtypes
    edge += [
        ("convolve", np.array(3), np.array(4), {}),
        ("convolve", np.array(3), np.array(4), {"mode": "valid"}),
        ("correlate", np.array(2 + 1j), np.array(1 + 2j), {"mode": "same"}),
        ("fftconvolve", np.array(2.0), np.array(3.0), {}),
        ("oaconvolve", np.array(2.0), np.array(3.0), {"mode": "same"}),
        ("convolve", np.array([1, 2, 3]), np.array([1, 1]), {"method": "fft"}),
        ("convolve2d", np.array([[1, 2]]), np.array([[1, 2, 3]]), {"mode": "same"}),
        ("correlate2d", np.array([[1, 2]]), np.array([[1, 2, 3]]), {"mode": "same", "boundary": "wrap"}),
        ("convolve2d", np.array([[1, 2]]), np.array([[1]]), {"boundary": "wrap", "fillvalue": 5}),
        ("fftconvolve", np.array([[1, 2]]), np.array([[3], [4]]), {"axes": 1}),
        ("fftconvolve", np.ones((2, 1)), np.ones((1, 3)), {"axes": 0}),
        ("oaconvolve", np.ones((2, 1)), np.ones((1, 3)), {"mode": "valid", "axes": 0}),
        ("fftconvolve", np.ones((1, 4)), np.ones((3, 2)), {"mode": "valid"}),
        ("convolve", np.ones((1, 4)), np.ones((3, 2)), {"mode": "valid"}),
        ("fftconvolve", rand_data([3, 4], "float32"), rand_data([2, 2], "complex64"), {"mode": "same"}),
        ("fftconvolve", rand_data([5], "int"), rand_data([3], "float32"), {}),
        ("convolve2d", rand_data([3, 3], "complex64"), rand_data([2, 2], "float32"), {"boundary": "symm"}),
        ("correlate", rand_data([2, 3, 2], "complex128"), rand_data([3, 2, 2], "complex64"), {"mode": "same"}),
        ("correlate", rand_data([4, 4], "int"), rand_data([2, 4], "int"), {"mode": "same"}),
    ]
    # SciPy's test_empty: fftconvolve/oaconvolve of an empty input is np.array([]); the others raise or misbehave
    edge += [
        ("fftconvolve", np.array([], dtype=np.int64), np.array([7]), {}),
        ("oaconvolve", np.array([5.0, 6.0]), np.array([], dtype=np.float64), {"mode": "same"}),
        ("fftconvolve", np.zeros((0, 3), dtype=np.complex128), np.ones((2, 2)), {"axes": 1}),
        ("convolve", np.array([5, 6]), np.array([], dtype=np.int64), {}),
    ]
    i2 = np.array([[1, 2], [3, 4]])
    f2 = np.array([[1.0, 2.0], [3.0, 4.0]])
    for fill in (2.5, -3.75, 1e30, float("nan"), float("inf"), complex(3, 0)):
        for a in (i2, f2):
            edge.append(("convolve2d", a, np.array([[1, 1]]), {"boundary": "fill", "fillvalue": fill}))
    edge.append(("correlate2d", f2, np.array([[1.0], [2.0]]), {"mode": "same", "fillvalue": float("-inf")}))
    yield from edge


def main():
    out = sys.stdout
    count = 0
    for i, (op, a, b, kw) in enumerate(requests()):
        expected, note = answer(op, a, b, kw)
        args = {"in1": wire(a), "in2": wire(b)}
        for k, v in kw.items():
            if k == "fillvalue" and isinstance(v, complex):
                args[k] = {"dtype": "complex128", "shape": [], "data": [[v.real, v.imag]]}
            elif k == "fillvalue" and isinstance(v, float):
                args[k] = wire_number(v, False)
            else:
                args[k] = v
        line = {"request": {"id": i, "op": op, "args": args}, "expected": expected}
        if note:
            line["note"] = note
        out.write(json.dumps(line, separators=(",", ":"), allow_nan=False) + "\n")
        count += 1
    print(f"{count} vectors from SciPy {scipy.__version__}, NumPy {np.__version__}, seed {SEED}", file=sys.stderr)


if __name__ == "__main__":
    main()
