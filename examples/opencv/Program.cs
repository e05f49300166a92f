using ConvSpec.Conformance;
using ConvSpec.Examples;
using ConvSpec.Examples.OpenCv;

// Judges OpenCV (OpenCvSharp4) with ConvSpec's conformance engine (ConformanceCheck, the engine of
// `convspec check`) in process, with a fixed seed: Filter2D as correlate2d through its own borders (same mode
// only) and through CopyMakeBorder (every mode and boundary), Dilate as MaxPool. Arguments: [seed] [count].
var (seed, count) = (CheckRun.SeedFrom(args), CheckRun.CountFrom(args));
Console.WriteLine($"OpenCV {OpenCvSharp.Cv2.GetVersionString()} vs ConvSpec");
Conventions.Print(Console.Out);
Console.WriteLine();
// Finite inputs first (the error against the bound), then with NaN and ±∞ (Filter2D skips zero taps, so 0·∞ is
// not always NaN: see docs/findings.md); each run stops an operation at its first counterexample.
var passed = true;
foreach (var nonFinite in new[] { false, true })
{
    passed &= CheckRun.Run("opencv Filter2D (own border)", OpenCvCandidate.Filter2D, ["correlate2d"], count, seed, nonFinite);
    passed &= CheckRun.Run("opencv CopyMakeBorder+Filter2D", OpenCvCandidate.PaddedFilter2D, ["correlate2d"], count, seed, nonFinite);
    passed &= CheckRun.Run("opencv Dilate as MaxPool", OpenCvCandidate.DilateMaxPool, ["MaxPool"], count, seed, nonFinite);
}
// The direct path alone under the direct bound: kernels of 50 cells or more (filter2D's DFT threshold for float
// data, see docs/findings.md) answered unsupported.
passed &= CheckRun.Run("opencv CopyMakeBorder+Filter2D, kernels < 50 cells", (op, a) => OpenCvCandidate.SmallKernel(a)
    ? OpenCvCandidate.PaddedFilter2D(op, a) : Wire.Error("unsupported", "kernel of 50 cells or more: filter2D's DFT path"), ["correlate2d"], count, seed, false);
// filter2D switches to a DFT for large kernels (documented), so judged as a class it is FFT: the normwise bound.
passed &= CheckRun.Run("opencv Filter2D (own border)", OpenCvCandidate.Filter2D, ["correlate2d"], count, seed, false, Tolerance.Fft);
passed &= CheckRun.Run("opencv CopyMakeBorder+Filter2D", OpenCvCandidate.PaddedFilter2D, ["correlate2d"], count, seed, false, Tolerance.Fft);
return passed ? 0 : 1;
