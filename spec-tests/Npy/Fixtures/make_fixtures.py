#!/usr/bin/python3
"""Writes the tiny .npy fixtures that spec-tests/Npy/NpyFixtures.cs reads back.

Run with the system NumPy (1.24): /usr/bin/python3 spec-tests/Npy/Fixtures/make_fixtures.py
Each file is an array whose values the C# test writes out as literals.
"""
import os
import numpy as np
from numpy.lib import format as npformat

here = os.path.dirname(os.path.abspath(__file__))

def save(name, array, version=None):
    with open(os.path.join(here, name), "wb") as f:
        npformat.write_array(f, array, version=version, allow_pickle=False)

base = np.array([[1, -2, 3], [40, -50, 60]])
save("int64_c.npy", base.astype("<i8"))
save("int64_f.npy", np.asfortranarray(base.astype("<i8")))
save("int64_be.npy", base.astype(">i8"))
save("int32.npy", base.astype("<i4"))
save("int16_be.npy", base.astype(">i2"))
save("int8.npy", base.astype("i1"))
save("uint8.npy", np.array([0, 7, 255], dtype="u1"))
save("uint64.npy", np.array([0, 2**63 - 1], dtype="<u8"))
save("bool.npy", np.array([True, False, True]))
save("float16.npy", np.array([0.5, -1.25, 65504.0], dtype="<f2"))
save("float32_c.npy", np.array([[0.1, -2.5], [3.0e38, 1e-45]], dtype="<f4"))
save("float32_f_be.npy", np.asfortranarray(np.array([[0.1, -2.5], [3.0e38, 1e-45]], dtype=">f4")))
save("float64_c.npy", np.array([[0.1, -0.0, np.inf], [-np.inf, np.nan, 5e-324]], dtype="<f8"))
save("float64_v2.npy", np.arange(6, dtype="<f8").reshape(2, 3) / 4, version=(2, 0))
save("float64_v3.npy", np.arange(6, dtype=">f8").reshape(3, 2) / 8, version=(3, 0))
save("complex64.npy", np.array([1 + 2j, -0.5 - 0.25j], dtype="<c8"))
save("complex128_f.npy", np.asfortranarray(np.array([[1 + 1j, 2 - 1j, 0.1j], [3, -4j, 5 + 0.5j]], dtype="<c16")))
save("complex128_be.npy", np.array([1 + 2j, 3 - 4j], dtype=">c16"))
save("scalar.npy", np.array(2.5))
save("rank3_f.npy", np.asfortranarray(np.arange(24, dtype="<i8").reshape(2, 3, 4)))
save("empty.npy", np.zeros((0, 3), dtype="<f8"))
save("string.npy", np.array(["ab", "c"]))
save("datetime.npy", np.array(["2020-01-01"], dtype="datetime64[D]"))
save("structured.npy", np.zeros(2, dtype=[("a", "<i4"), ("b", "<f8")]))
