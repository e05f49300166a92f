using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using ConvSpec.Shapes;

namespace ConvSpec.Examples.OnnxRuntime;

/// <summary>
/// ONNX Conv from its documented semantics, until ConvSpec's Conv is merged: a cross-correlation,
/// y[n, m, o] = B[m] + Σ_{c, k} X[n, g·C/G + c, o·s − b + k·dil] · W[m, c, k], g = m / (M/G), cells outside
/// the input contributing 0. Products of float32 values are exact in double and the double sum is within
/// γ_n(2^-53) of the exact one, so judging float32 against it is judging against the exact value to 2^-29 of
/// the bound. Returns the double values, m_k = |B[m]| + Σ |X||W| and n = C/G·ΠK (+1 with a bias).
/// </summary>
public static class ConvReference
{
    public static (JsonObject Response, double[] Precise, TensorValue Magnitude, int Terms) Evaluate(JsonObject args)
    {
        var (x, w) = (Wire.Tensor(args["X"]!, "X"), Wire.Tensor(args["W"]!, "W"));
        var b = args["B"] is { } bias ? (double[])Wire.Tensor(bias, "B").Data : null;
        var groups = args["group"] is { } gr ? PoolGeometry.Int(gr) : 1;
        var g = PoolGeometry.From(args, x.Shape, w.Shape[2..]);
        var (n, c, m) = (x.Shape[0], x.Shape[1], w.Shape[0]);
        var (cg, mg) = (c / groups, m / groups);
        if (w.Shape[1] != cg || c % groups != 0 || m % groups != 0) throw new ArgumentException("W: shape does not match X and group");
        var spatial = x.Shape[2..];
        var outShape = new[] { n, m }.Concat(g.Output).ToArray();
        var (xd, wd) = ((double[])x.Data, (double[])w.Data);
        var (xs, ws) = (IndexSpace.RowMajorStrides(x.Shape), IndexSpace.RowMajorStrides(w.Shape));
        var count = IndexSpace.ElementCount(outShape, "Y");
        var (y, mag) = (new double[count], new double[count]);
        var k = 0;
        foreach (var index in IndexSpace.Of(outShape))
        {
            var (batch, feature, o) = (index[0], index[1], index[2..]);
            var group = feature / mg;
            double sum = b?[feature] ?? 0, abs = Math.Abs(b?[feature] ?? 0);
            for (var ci = 0; ci < cg; ci++)
            foreach (var kk in IndexSpace.Of(g.Kernel))
            {
                var (xi, inside) = (batch * xs[0] + (group * cg + ci) * xs[1], true);
                for (var d = 0; d < spatial.Length; d++)
                {
                    var at = o[d] * g.Strides[d] - g.Begin[d] + kk[d] * g.Dilations[d];
                    inside &= at >= 0 && at < spatial[d];
                    xi += at * xs[d + 2];
                }
                if (!inside) continue;
                var wi = feature * ws[0] + ci * ws[1];
                for (var d = 0; d < spatial.Length; d++) wi += kk[d] * ws[d + 2];
                sum += xd[xi] * wd[wi];
                abs += Math.Abs(xd[xi] * wd[wi]);
            }
            (y[k], mag[k]) = (sum, abs);
            k++;
        }
        var terms = cg * g.Kernel.Aggregate(1, (p, q) => p * q) + (b is null ? 0 : 1);
        return (Wire.Result(TensorValue.Real(x.DType, outShape, y)), y, TensorValue.Real(DType.Float64, outShape, mag), terms);
    }
}
