using System.Text.Json.Nodes;
using ConvSpec.Examples;
using ConvSpec.Examples.OpenCv;
using ConvSpec.Protocol;
using ConvSpec.Vectors;
using static ConvSpec.Vectors.VectorTensors;

// Judges OpenCV (OpenCvSharp4 4.13) against ConvSpec with a fixed seed: Filter2D as correlate2d (through
// its own borders and through CopyMakeBorder), Dilate as MaxPool. Prints each disagreement (first 3 per
// group) and a table of verdicts with the worst error as a fraction of the direct-summation bound.
var seed = args.Length > 0 ? ulong.Parse(args[0]) : 2026UL;
var random = new VectorRandom(seed);
var tally = new Tally(Console.Out);
Console.WriteLine($"OpenCV {OpenCvSharp.Cv2.GetVersionString()} vs ConvSpec, seed {seed}");
Conventions.Print(Console.Out);

var candidates = new (string Name, Func<string, JsonObject, JsonNode> Answer)[]
{
    ("Filter2D", OpenCvCandidate.Filter2D),
    ("CopyMakeBorder+Filter2D", OpenCvCandidate.PaddedFilter2D),
};
foreach (var dtype in new[] { DType.Float64, DType.Float32 })
foreach (var boundary in new[] { "fill", "wrap", "symm" })
foreach (var mode in new[] { "full", "same", "valid" })
for (var i = 0; i < 12; i++)
{
    var large = i >= 10;
    var s1 = large ? new[] { random.Int(16, 24), random.Int(16, 24) } : Shape(random, 2, 8);
    var s2 = large ? new[] { random.Int(8, 13), random.Int(8, 13) } : Shape(random, 2, 5);
    if (mode == "valid" && (s1[0] < s2[0]) != (s1[1] < s2[1])) (s2[0], s2[1]) = (Math.Min(s1[0], s2[0]), Math.Min(s1[1], s2[1]));
    var request = new JsonObject { ["in1"] = Random(random, dtype, s1), ["in2"] = Random(random, dtype, s2), ["mode"] = mode, ["boundary"] = boundary };
    if (boundary == "fill" && random.Coin()) request["fillvalue"] = random.Pick(1.5, -2.0, 0.25);
    var (expected, magnitude, terms, _, _) = Reference.For("correlate2d", request);
    foreach (var (name, answer) in candidates)
    {
        var actual = answer("correlate2d", request);
        // OpenCV documents that filter2D switches to a DFT algorithm for large kernels: judge those as FFT class.
        var judgement = large ? FftBound.Compare(expected, actual, request) : Judge.Compare(expected, actual, magnitude, terms);
        tally.Add($"{name} {dtype.Name()} {boundary} {mode}{(large ? " large" : "")}", "correlate2d", request, judgement);
    }
}

for (var i = 0; i < 150; i++)
{
    var x = Random(random, DType.Float32, random.Int(1, 2), random.Int(1, 3), random.Int(3, 9), random.Int(3, 9));
    var kernel = new long[] { random.Int(1, 3), random.Int(1, 3) };
    var request = new JsonObject { ["X"] = x, ["kernel_shape"] = List(kernel), ["strides"] = List(random.Int(1, 2), random.Int(1, 2)) };
    if (random.Coin()) request["dilations"] = List(random.Int(1, 2), random.Int(1, 2));
    if (random.Int(0, 3) == 0) request["auto_pad"] = random.Pick("SAME_UPPER", "SAME_LOWER", "VALID");
    else if (random.Coin()) request["pads"] = List(random.Int(0, (int)kernel[0] - 1), random.Int(0, (int)kernel[1] - 1), random.Int(0, (int)kernel[0] - 1), random.Int(0, (int)kernel[1] - 1));
    if (random.Coin()) request["ceil_mode"] = 1;
    JsonObject expected;
    string source;
    try
    {
        (expected, _, _, source, _) = Reference.For("MaxPool", request);
    }
    catch (ArgumentException)
    {
        continue; // window larger than the padded input: not a valid MaxPool
    }
    expected.Remove("indices");
    var judgement = Judge.Compare(expected, OpenCvCandidate.DilateMaxPool("MaxPool", request), null, 1);
    tally.Add($"Dilate as MaxPool (vs {source})", "MaxPool", request, judgement);
}
tally.Print();
return tally.AllAgree ? 0 : 1;
