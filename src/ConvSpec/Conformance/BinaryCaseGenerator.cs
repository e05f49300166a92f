using System.Text.Json.Nodes;
using ConvSpec.Bounds;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary>
/// The common shape of a generator for an operation of two tensors <c>in1</c>, <c>in2</c> and a <c>mode</c>:
/// shapes that reach the edges (extent 1, in2 longer than in1, even extents, equal extents), every mode, and
/// now and then a request the spec rejects (ranks differ, an empty input) so that error-vs-result
/// disagreements are found. The bound: n = Π_d min(n1_d, n2_d) products per output element.
/// </summary>
public abstract class BinaryCaseGenerator : ICaseGenerator
{
    public abstract string Op { get; }

    /// <summary>The ranks the operation takes.</summary>
    protected abstract (int Min, int Max) Ranks { get; }

    /// <summary>The algorithm class of a request with no method argument.</summary>
    protected virtual Tolerance DefaultAlgorithm => Tolerance.Direct;

    /// <summary>Adds the operation's other arguments (boundary, method, axes, ...) to a request.</summary>
    protected abstract Gen<JsonObject> Extra(JsonObject args, int[] shape1, int[] shape2);

    public Gen<JsonObject> Args(CaseSpace space) =>
        Gen.Frequency((40, Wellformed(space)), (1, Malformed(space)));

    private Gen<JsonObject> Wellformed(CaseSpace space) =>
        from rank in Gen.Choose(Ranks.Min, Ranks.Max)
        from shapes in Shapes(rank, AxisMax(rank, space.MaxSize))
        from dtypes in TensorCases.DTypePair(space)
        from in1 in TensorCases.Node(dtypes.Item1, shapes.Item1, space.NonFinite)
        from in2 in TensorCases.Node(dtypes.Item2, shapes.Item2, space.NonFinite)
        from mode in Gen.Elements("full", "same", "valid", null)
        from args in Extra(Request(in1, in2, mode), shapes.Item1, shapes.Item2)
        select args;

    /// <summary>Ranks that differ, or an empty input: the spec answers invalid_argument (but fftconvolve and oaconvolve
    /// answer an empty input of equal rank with SciPy's empty result).</summary>
    private Gen<JsonObject> Malformed(CaseSpace space) =>
        from rank in Gen.Choose(Ranks.Min, Ranks.Max)
        from dtype in TensorCases.DType(space)
        from empty in Gen.Elements(true, false)
        let shape1 = Enumerable.Repeat(2, rank).ToArray()
        let shape2 = empty ? shape1.Select((d, i) => i == 0 ? 0 : d).ToArray() : Enumerable.Repeat(2, rank + 1).ToArray()
        from in1 in TensorCases.Node(dtype, shape1, false)
        from in2 in TensorCases.Node(dtype, shape2, false)
        select Request(in1, in2, "full");

    /// <summary>Two shapes of one rank: independent, in2 longer, or in1 at least in2 on every axis (valid works).</summary>
    protected static Gen<(int[], int[])> Shapes(int rank, int max) =>
        Gen.Frequency(
            (3, Gen.Zip(TensorCases.Shape(rank, max), TensorCases.Shape(rank, max))),
            (2, TensorCases.Shape(rank, max).SelectMany(s1 =>
                Gen.CollectToArray(s1, d => Gen.Choose(1, d)).Select(s2 => (s1, s2)))),
            (1, TensorCases.Shape(rank, Math.Max(1, max / 2)).SelectMany(s1 => AtLeast(s1, max).Select(s2 => (s1, s2)))));

    /// <summary>A shape of the same rank with every extent between <paramref name="shape"/>'s and <paramref name="max"/>.</summary>
    private static Gen<int[]> AtLeast(int[] shape, int max) => Gen.CollectToArray(shape, d => Gen.Choose(d, max));

    /// <summary>The largest extent per axis: max for ranks 1 and 2, max^(2/rank) above, so tensors stay near max² elements.</summary>
    protected static int AxisMax(int rank, int max) =>
        rank <= 2 ? max : Math.Max(2, (int)Math.Round(Math.Pow(max, 2.0 / rank)));

    private static JsonObject Request(JsonNode in1, JsonNode in2, string? mode)
    {
        var args = new JsonObject { ["in1"] = in1, ["in2"] = in2 };
        if (mode is not null) args["mode"] = mode;
        return args;
    }

    public virtual Tolerance AlgorithmOf(JsonObject args) =>
        args["method"]?.GetValue<string>() switch
        {
            "direct" or "spec" => Tolerance.Direct,
            "fft" or "auto" => Tolerance.Fft,
            _ => DefaultAlgorithm,
        };

    /// <summary>The values the operation's <c>method</c> argument takes (spec is the exact reference).</summary>
    protected virtual IReadOnlyList<string> Methods => ["auto", "direct", "fft", "spec"];

    /// <summary>The request with <c>method</c> set, or null when the operation has no such method.</summary>
    public JsonObject? WithMethod(JsonObject args, string method)
    {
        if (!Methods.Contains(method)) return null;
        var copy = (JsonObject)args.DeepClone();
        copy["method"] = method;
        return copy;
    }

    public virtual BoundInputs Bound(JsonObject args)
    {
        var a = WireTensor.Argument(args, "in1");
        var b = WireTensor.Argument(args, "in2");
        var axes = ConvolvedAxes(args, a.Shape.Length);
        var terms = axes.Aggregate(1L, (p, d) => p * Math.Min(a.Shape[d], b.Shape[d]));
        var length = CheckBounds.TransformLength(axes.Select(d => (long)a.Shape[d] + b.Shape[d] - 1));
        var (ma, mb) = (FiniteMagnitudes(a), FiniteMagnitudes(b));
        return new BoundInputs(terms, AbsoluteArgs(args), length,
            Norm2(ma), ma.Sum(), Norm2(mb), mb.Sum());
    }

    /// <summary>The axes the operation sums over (all by default).</summary>
    protected virtual int[] ConvolvedAxes(JsonObject args, int rank) => Enumerable.Range(0, rank).ToArray();

    /// <summary>The request on absolute values, whose answer is (|a| * |b|).</summary>
    protected virtual JsonObject AbsoluteArgs(JsonObject args) => WireTensor.AbsoluteArgs(args);

    /// <summary>
    /// The finite magnitudes: a non-finite input makes the outputs it reaches non-finite (judged by kind), and the
    /// outputs it does not reach (other batches, other overlap-add blocks) obey the bound of the finite data.
    /// </summary>
    private static double[] FiniteMagnitudes(TensorValue t) => WireTensor.Magnitudes(t).Where(double.IsFinite).ToArray();

    private static double Norm2(double[] x) => Math.Sqrt(x.Sum(v => v * v));
}
