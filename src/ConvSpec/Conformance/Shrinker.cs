using System.Numerics;
using System.Text.Json.Nodes;
using ConvSpec.Protocol;

namespace ConvSpec.Conformance;

/// <summary>
/// Shrinks a failing request to a small one that fails the same way: greedily takes the first simpler
/// request that still fails with the same verdict kind, until none does or the budget of candidate calls or
/// of time is spent. Simpler, in order: an optional argument dropped; a tensor without its first or last slice on an axis;
/// a simpler dtype (complex with zero imaginary parts to float64, integral floats to int64); an element set
/// to 0; an element made real, an integer, then halved.
/// </summary>
public static class Shrinker
{
    /// <summary>The smallest failing request found, its verdict and the number of shrink steps taken.</summary>
    public static (JsonObject Args, Verdict Verdict, int Steps) Shrink(JsonObject args, Verdict failure, Func<JsonObject, Verdict> judge,
        int budget, TimeSpan? time = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        return Shrink(args, failure, judge, budget, time ?? TimeSpan.MaxValue, () => clock.Elapsed);
    }

    /// <summary>
    /// As <see cref="Shrink(JsonObject, Verdict, Func{JsonObject, Verdict}, int, TimeSpan?)"/> on the clock
    /// <paramref name="elapsed"/>: before each candidate call it stops once <paramref name="budget"/> calls were made
    /// or elapsed() &gt; <paramref name="limit"/>.
    /// </summary>
    internal static (JsonObject Args, Verdict Verdict, int Steps) Shrink(JsonObject args, Verdict failure, Func<JsonObject, Verdict> judge,
        int budget, TimeSpan limit, Func<TimeSpan> elapsed)
    {
        var (current, verdict, steps) = (args, failure, 0);
        if (failure.Kind == VerdictKind.Timeout || budget <= 0) return (current, verdict, 0);
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var smaller in Candidates(current))
            {
                if (budget-- <= 0 || elapsed() > limit) return (current, verdict, steps);
                var v = judge(smaller);
                if (v.Kind != failure.Kind) continue;
                (current, verdict, progress) = (smaller, v, true);
                steps++;
                break;
            }
        }
        return (current, verdict, steps);
    }

    /// <summary>Every one-step simplification of <paramref name="args"/>, simplest first.</summary>
    public static IEnumerable<JsonObject> Candidates(JsonObject args)
    {
        foreach (var key in args.Select(p => p.Key).Where(k => k is not ("in1" or "in2")).ToList())
        {
            var copy = (JsonObject)args.DeepClone();
            copy.Remove(key);
            yield return copy;
        }
        var tensors = args.Where(p => WireTensor.IsTensor(p.Value)).Select(p => p.Key).ToList();
        foreach (var key in tensors)
        {
            var t = WireTensor.FromNode(args[key], key);
            for (var axis = 0; axis < t.Shape.Length; axis++)
            {
                if (t.Shape[axis] <= 1) continue;
                // Stryker disable once Arithmetic : Remove(t, axis, at) keeps the first n − 1 slices for every at ≥ n − 1, so at = n + 1 removes the last slice as at = n − 1 does
                yield return With(args, key, TensorReshape.Remove(t, axis, t.Shape[axis] - 1));
                yield return With(args, key, TensorReshape.Remove(t, axis, 0));
            }
        }
        foreach (var key in tensors)
            if (SimplerDType(WireTensor.FromNode(args[key], key)) is { } simpler)
                yield return With(args, key, simpler);
        foreach (var key in tensors)
        {
            var t = WireTensor.FromNode(args[key], key);
            for (var k = 0; k < t.Length; k++)
                foreach (var simpler in Simpler(t, k))
                    yield return With(args, key, simpler);
        }
    }

    /// <summary>complex with zero imaginary parts as float64; float holding only integers as int64; else null.</summary>
    private static TensorValue? SimplerDType(TensorValue t) => t.Data switch
    {
        Complex[] c when c.All(z => z.Imaginary == 0) =>
            TensorValue.Real(DType.Float64, t.Shape, Array.ConvertAll(c, z => z.Real)),
        double[] d when d.All(x => double.IsFinite(x) && Math.Round(x) == x && Math.Abs(x) < 1e15) =>
            TensorValue.Int64(t.Shape, Array.ConvertAll(d, x => (long)x)),
        _ => null,
    };

    private static IEnumerable<TensorValue> Simpler(TensorValue t, int k)
    {
        switch (t.Data)
        {
            case long[] l when l[k] != 0:
                yield return TensorReshape.WithElement(t, k, _ => 0L);
                if (Math.Abs(l[k]) > 1) yield return TensorReshape.WithElement(t, k, x => (long)x / 2);
                break;
            case double[] d when !d[k].Equals(0.0):
                yield return TensorReshape.WithElement(t, k, _ => 0.0);
                if (double.IsFinite(d[k]) && Math.Round(d[k]) != d[k]) yield return TensorReshape.WithElement(t, k, x => Math.Round((double)x));
                else if (Math.Abs(d[k]) > 1 && double.IsFinite(d[k])) yield return TensorReshape.WithElement(t, k, x => Math.Truncate((double)x / 2));
                break;
            case Complex[] c when c[k] != Complex.Zero:
                yield return TensorReshape.WithElement(t, k, _ => Complex.Zero);
                if (c[k].Imaginary != 0) yield return TensorReshape.WithElement(t, k, x => new Complex(((Complex)x).Real, 0));
                else if (double.IsFinite(c[k].Real) && Math.Round(c[k].Real) != c[k].Real)
                    yield return TensorReshape.WithElement(t, k, x => new Complex(Math.Round(((Complex)x).Real), 0));
                else if (Math.Abs(c[k].Real) > 1 && double.IsFinite(c[k].Real))
                    yield return TensorReshape.WithElement(t, k, x => new Complex(Math.Truncate(((Complex)x).Real / 2), 0));
                break;
        }
    }

    private static JsonObject With(JsonObject args, string key, TensorValue value)
    {
        var copy = (JsonObject)args.DeepClone();
        copy[key] = WireTensor.ToNode(value);
        return copy;
    }
}
