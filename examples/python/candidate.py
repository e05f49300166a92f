#!/usr/bin/python3
"""A convspec check candidate built on NumPy/SciPy: answers eval requests (docs/protocol.md) on stdin.

Run it through ConvSpec:  convspec check --candidate "/usr/bin/python3 examples/python/candidate.py"
Floats are SciPy's own answers (judged by ConvSpec's error bounds). int64 is exact: each input is split into
four 16-bit limbs, every limb product convolved in float64 (exact: sums stay below 2^53), then recombined with
Python integers, so results that do not fit int64 are reported as overflow instead of wrapping.
"""
import json
import sys

import numpy as np
from scipy import signal

DTYPES = {"int64": np.int64, "float32": np.float32, "float64": np.float64,
          "complex64": np.complex64, "complex128": np.complex128}
NAMES = {np.dtype(v): k for k, v in DTYPES.items()}


class ProtocolError(Exception):
    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind


def invalid(message):
    return ProtocolError("invalid_argument", message)


def number(x):
    return float(x) if isinstance(x, str) else x  # "NaN", "Infinity", "-Infinity"


def decode(value, name):
    if isinstance(value, dict):
        dtype, shape, data = value["dtype"], value["shape"], value["data"]
        if dtype not in DTYPES:
            raise invalid(f"{name}: unknown dtype {dtype}")
        if dtype.startswith("complex"):
            data = [complex(number(z[0]), number(z[1])) if isinstance(z, list) else complex(number(z)) for z in data]
        elif dtype != "int64":
            data = [number(x) for x in data]
        return np.array(data, dtype=DTYPES[dtype]).reshape(shape)
    array = np.array(value)
    return array.astype(np.int64 if array.dtype.kind in "iu" else np.float64)


def text(x, single):
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return float(np.float32(x)) if single else float(x)


def encode(array):
    name = NAMES[array.dtype]
    single = name in ("float32", "complex64")
    flat = array.reshape(-1)
    if name == "int64":
        data = [int(x) for x in flat]
    elif name.startswith("complex"):
        data = [[text(z.real, single), text(z.imag, single)] for z in flat]
    else:
        data = [text(x, single) for x in flat]
    return json.dumps({"dtype": name, "shape": list(array.shape), "data": data})


def limbs(array):
    """x = sum_i limb_i * 2^(16 i): three unsigned 16-bit limbs and a signed top limb, as float64."""
    a = np.asarray(array, dtype=np.int64)
    return [((a >> (16 * i)) & 0xFFFF).astype(np.float64) for i in range(3)] + [(a >> 48).astype(np.float64)]


def exact_int(apply, in1, in2, fill=0):
    """apply(a, b, fill) on int64 inputs, exactly, via limb convolutions; overflow if it does not fit int64."""
    total = None
    fill_limbs = limbs(np.int64(fill))
    for i, (a, f) in enumerate(zip(limbs(in1), fill_limbs)):
        for j, b in enumerate(limbs(in2)):
            part = np.rint(apply(a, b, float(f))).astype(np.int64).astype(object) * (1 << (16 * (i + j)))
            total = part if total is None else total + part
    if any(not (-(1 << 63) <= int(x) < (1 << 63)) for x in np.asarray(total).reshape(-1)):
        raise ProtocolError("overflow", "result does not fit in int64")
    return np.asarray(total).astype(np.int64)


def inputs(args, known, allow_empty=False):
    unknown = set(args) - set(known)
    if unknown:
        raise invalid(f"args: unknown argument {sorted(unknown)[0]}")
    if "in1" not in args or "in2" not in args:
        raise invalid("in1, in2: required")
    in1, in2 = decode(args["in1"], "in1"), decode(args["in2"], "in2")
    if (in1.size == 0 or in2.size == 0) and not allow_empty:
        raise invalid("in1, in2: must not be empty")
    mode = args.get("mode") or "full"
    if mode not in ("full", "same", "valid"):
        raise invalid(f"mode: must be full, same or valid (got {mode})")
    return in1, in2, mode, np.result_type(in1, in2)


def convolve(args, correlate):
    in1, in2, mode, dtype = inputs(args, ["in1", "in2", "mode", "method"])
    method = args.get("method") or "auto"
    if method not in ("auto", "direct", "fft", "spec"):
        raise invalid(f"method: must be auto, direct, fft or spec (got {method})")
    if in1.ndim != in2.ndim:
        raise invalid("in2: must have the same rank as in1")
    method = "direct" if method == "spec" else method
    f = signal.correlate if correlate else signal.convolve
    if dtype == np.int64:
        return exact_int(lambda a, b, _: f(a, b, mode, method="direct"), in1, in2)
    return np.asarray(f(in1.astype(dtype), in2.astype(dtype), mode, method=method)).astype(dtype)


def convolve2d(args, correlate):
    in1, in2, mode, dtype = inputs(args, ["in1", "in2", "mode", "boundary", "fillvalue"])
    boundary = args.get("boundary") or "fill"
    fill = args.get("fillvalue", 0)
    if in1.ndim != 2 or in2.ndim != 2:
        raise invalid("in1, in2: must be 2-D")
    f = signal.correlate2d if correlate else signal.convolve2d
    if dtype == np.int64 and isinstance(fill, int):
        return exact_int(lambda a, b, v: f(a, b, mode, boundary, v), in1, in2, fill)
    return np.asarray(f(in1.astype(dtype), in2.astype(dtype), mode, boundary, number(fill))).astype(dtype)


def axes_convolve(args, overlap_add):
    in1, in2, mode, dtype = inputs(args, ["in1", "in2", "mode", "axes"], allow_empty=True)
    axes = args.get("axes")
    if in1.ndim != in2.ndim:
        raise invalid("in2: must have the same rank as in1")
    if in1.size == 0 or in2.size == 0:
        return np.array([])  # SciPy: an empty input gives an empty float64 array
    if isinstance(axes, list) and not axes:
        raise invalid("axes: must not be empty")
    f = signal.oaconvolve if overlap_add else signal.fftconvolve
    if dtype == np.int64:
        return exact_int(lambda a, b, _: f(a, b, mode, axes), in1, in2)
    return np.asarray(f(in1.astype(dtype), in2.astype(dtype), mode, axes)).astype(dtype)


OPERATIONS = {
    "convolve": lambda a: convolve(a, False), "correlate": lambda a: convolve(a, True),
    "convolve2d": lambda a: convolve2d(a, False), "correlate2d": lambda a: convolve2d(a, True),
    "fftconvolve": lambda a: axes_convolve(a, False), "oaconvolve": lambda a: axes_convolve(a, True),
}


def answer(line):
    request_id = None
    try:
        request = json.loads(line)
        request_id = request.get("id")
        op = request.get("op")
        if op not in OPERATIONS:
            raise ProtocolError("unsupported", f"op: {op} is not implemented here")
        result = OPERATIONS[op](request.get("args") or {})
        return '{"id": %s, "result": %s}' % (json.dumps(request_id), encode(np.asarray(result)))
    except ProtocolError as e:
        error = {"type": e.kind, "message": str(e)}
    except (ValueError, TypeError, KeyError) as e:
        error = {"type": "invalid_argument", "message": f"{type(e).__name__}: {e}"}
    return json.dumps({"id": request_id, "error": error})


def main():
    np.seterr(all="ignore")
    for line in sys.stdin:
        if line.strip():
            sys.stdout.write(answer(line) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
