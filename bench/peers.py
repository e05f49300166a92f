#!/usr/bin/python3
"""Times the Python peers of `convspec bench` on the workloads of issue 5 and prints one JSON object a line:
{"workload": ..., "peer": ..., "peer_ms": median}. Run with /usr/bin/python3 (Debian's SciPy, NumPy, PyTorch).
Usage: peers.py [--repeat N] [--only NAME ...]   (2 threads everywhere: torch.set_num_threads(2))."""
import argparse, json, os, time
os.environ.setdefault("OMP_NUM_THREADS", "2")
import numpy as np
import scipy.signal as sig

def median_ms(fn, repeat):
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1e3)
    times.sort()
    return times[len(times) // 2]

def workloads(rng):
    a512, k7 = rng.standard_normal((512, 512)), rng.standard_normal((7, 7))
    s20, k14 = rng.standard_normal(1 << 20), rng.standard_normal(1 << 14)
    a2048, k63 = rng.standard_normal((2048, 2048)), rng.standard_normal((63, 63))
    x4096, h64 = rng.standard_normal(4096), rng.standard_normal(64)
    yield "corr2d_f64_512x512_k7_same", "scipy.signal.correlate2d", lambda: sig.correlate2d(a512, k7, "same")
    yield "conv1d_f64_1M_k16K_full", "scipy.signal.fftconvolve", lambda: sig.fftconvolve(s20, k14, "full")
    yield "conv1d_f64_1M_k16K_full", "scipy.signal.oaconvolve", lambda: sig.oaconvolve(s20, k14, "full")
    yield "conv2d_f64_2048x2048_k63_full", "scipy.signal.fftconvolve", lambda: sig.fftconvolve(a2048, k63, "full")
    yield "conv1d_f64_4096_k64_full_direct", "numpy.convolve", lambda: np.convolve(x4096, h64, "full")
    yield "conv1d_f64_4096_k64_full_direct", "scipy.signal.convolve(direct)", lambda: sig.convolve(x4096, h64, "full", method="direct")
    try:
        import torch
        torch.set_num_threads(2)
        x = torch.randn(8, 64, 56, 56)
        w = torch.randn(64, 64, 3, 3)
        yield "conv_f32_n8_c64_56x56_k3_pad1", "torch.conv2d", lambda: torch.nn.functional.conv2d(x, w, padding=1)
        img = torch.randn(1, 1, 1024, 1024)
        for k in (3, 15, 31):
            yield f"maxpool_f32_1024x1024_k{k}", "torch.max_pool2d", (lambda k=k: torch.nn.functional.max_pool2d(img, k, stride=1))
    except ImportError:
        pass

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument("--only", nargs="*")
    args = p.parse_args()
    rng = np.random.default_rng(1)
    for workload, peer, fn in workloads(rng):
        if args.only and workload not in args.only:
            continue
        repeat = args.repeat if "2048" not in workload and "1M" not in workload else max(3, args.repeat // 2)
        print(json.dumps({"workload": workload, "peer": peer, "peer_ms": round(median_ms(fn, repeat), 4)}), flush=True)

if __name__ == "__main__":
    main()
