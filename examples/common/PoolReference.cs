using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using ConvSpec.Shapes;

namespace ConvSpec.Examples;

/// <summary>
/// The ONNX pooling operators written from their documented semantics, for comparison until ConvSpec's own
/// pooling operations are merged. Window of output index o on axis d: input cells o·s_d − b_d + k·dil_d,
/// k = 0..K_d−1, those inside the input counted (pads never hold values). MaxPool: the maximum, exact, and
/// its index (flat over N, C and the spatial axes, row-major; storage_order 1 is column-major over the
/// spatial axes); NaN handling is not exercised (inputs are finite). AveragePool: Σ x / count, count the
/// in-input cells or, with count_include_pad, the cells inside the padded input (ceil-mode overhang never
/// counts). LpPool: (Σ |x|^p)^(1/p) over in-input cells. Global pools: the whole spatial extent. Averages and
/// Lp norms are evaluated in double precision (a float32 result's error from that is ~2^-29 of its bound).
/// Also returns m_k (the same window sum of |x|, or of |x|^p, divided as the result) and n for the bound.
/// </summary>
public static class PoolReference
{
    public static (JsonObject Response, TensorValue? Magnitude, int Terms, double[] Precise) Evaluate(string op, JsonObject args)
    {
        var x = Wire.Tensor(args["X"]!, "X");
        var global = op.StartsWith("Global", StringComparison.Ordinal);
        var g = PoolGeometry.From(global ? new JsonObject() : args, x.Shape);
        var (n, c, spatial) = (x.Shape[0], x.Shape[1], x.Shape[2..]);
        var data = (double[])x.Data;
        var outShape = new[] { n, c }.Concat(g.Output).ToArray();
        var count = IndexSpace.ElementCount(outShape, "Y");
        var (y, m, indices) = (new double[count], new double[count], new long[count]);
        var planeSize = IndexSpace.ElementCount(spatial, "X");
        var k = 0;
        var terms = 1;
        for (var plane = 0; plane < n * c; plane++)
        foreach (var o in IndexSpace.Of(g.Output))
        {
            var (best, bestIndex, sum, abs, cells, padded) = (double.NegativeInfinity, -1L, 0.0, 0.0, 0, 0);
            foreach (var w in IndexSpace.Of(g.Kernel))
            {
                var at = new int[spatial.Length];
                var insidePadded = true;
                for (var d = 0; d < spatial.Length; d++)
                {
                    at[d] = o[d] * g.Strides[d] - g.Begin[d] + w[d] * g.Dilations[d];
                    insidePadded &= at[d] < spatial[d] + g.End[d];
                }
                if (insidePadded) padded++;
                if (!IndexSpace.Contains(spatial, at)) continue;
                var flat = Flat(at, spatial, storageColumnMajor: false);
                var v = data[plane * planeSize + flat];
                cells++;
                if (v > best) (best, bestIndex) = (v, (long)plane * planeSize + Flat(at, spatial, g.Storage == 1));
                sum += op.Contains("Lp") ? Math.Pow(Math.Abs(v), g.P) : v;
                abs += op.Contains("Lp") ? Math.Pow(Math.Abs(v), g.P) : Math.Abs(v);
            }
            terms = Math.Max(terms, cells);
            var divisor = g.CountIncludePad ? padded : cells;
            (y[k], m[k], indices[k]) = op switch
            {
                "MaxPool" or "GlobalMaxPool" => (best, 0.0, bestIndex),
                "AveragePool" or "GlobalAveragePool" => (sum / divisor, abs / divisor, 0L),
                _ => (Math.Pow(sum, 1 / g.P), Math.Pow(abs, 1 / g.P), 0L),
            };
            k++;
        }
        var response = Wire.Result(TensorValue.Real(x.DType, outShape, y));
        if (op == "MaxPool") response["indices"] = Wire.Json(TensorValue.Int64(outShape, indices));
        var exact = op is "MaxPool" or "GlobalMaxPool";
        var extra = op.Contains("Lp") ? 3 : 1;
        return (response, exact ? null : TensorValue.Real(DType.Float64, outShape, m), terms + extra, y);
    }

    private static int Flat(int[] at, int[] shape, bool storageColumnMajor)
    {
        var flat = 0;
        if (storageColumnMajor)
            for (var d = shape.Length - 1; d >= 0; d--) flat = flat * shape[d] + at[d];
        else
            for (var d = 0; d < shape.Length; d++) flat = flat * shape[d] + at[d];
        return flat;
    }
}
