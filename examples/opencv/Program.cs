using ConvSpec.Examples;
using ConvSpec.Examples.OpenCv;

// Judges OpenCV (OpenCvSharp4) with ConvSpec's conformance engine (ConformanceCheck, the engine of
// `convspec check`) in process, with a fixed seed: Filter2D as correlate2d through its own borders (same mode
// only) and through CopyMakeBorder (every mode and boundary), Dilate as MaxPool. Arguments: [seed] [count].
var (seed, count) = (CheckRun.SeedFrom(args), CheckRun.CountFrom(args));
Console.WriteLine($"OpenCV {OpenCvSharp.Cv2.GetVersionString()} vs ConvSpec");
Conventions.Print(Console.Out);
Console.WriteLine();
var passed = CheckRun.Run("opencv Filter2D (own border)", OpenCvCandidate.Filter2D, ["correlate2d"], count, seed);
passed &= CheckRun.Run("opencv CopyMakeBorder+Filter2D", OpenCvCandidate.PaddedFilter2D, ["correlate2d"], count, seed);
passed &= CheckRun.Run("opencv Dilate as MaxPool", OpenCvCandidate.DilateMaxPool, ["MaxPool"], count, seed);
return passed ? 0 : 1;
