using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using OpenCvSharp;

namespace ConvSpec.Examples.OpenCv;

/// <summary>
/// OpenCV as convspec candidates, each a Func&lt;op, args, response&gt;:
/// <list type="bullet">
/// <item><see cref="Filter2D"/>: <c>correlate2d</c> in <c>same</c> mode through <c>Cv2.Filter2D</c>'s own
/// border handling (fill with 0 → BORDER_CONSTANT, symm → BORDER_REFLECT, wrap → BORDER_WRAP), the anchor
/// set to ((kw−1)/2, (kh−1)/2), which is SciPy's even-kernel centring (OpenCV's default anchor is kw/2).</item>
/// <item><see cref="PaddedFilter2D"/>: <c>correlate2d</c> in every mode and boundary: the input padded by
/// <c>Cv2.CopyMakeBorder</c> (fill → BORDER_CONSTANT with the fill value, wrap → BORDER_WRAP, symm →
/// BORDER_REFLECT), then <c>Cv2.Filter2D</c> with anchor (0, 0) on the padded image, cropped.</item>
/// <item><see cref="DilateMaxPool"/>: ONNX <c>MaxPool</c> (2-D, float32, no indices) through <c>Cv2.Dilate</c>
/// with a rectangular (dilated) structuring element on an input padded with −∞, then subsampled by the stride.</item>
/// </list>
/// int64 and complex inputs, which OpenCV's filters do not take, are answered <c>unsupported</c>.
/// </summary>
public static class OpenCvCandidate
{
    public static JsonNode Filter2D(string op, JsonObject args) => Guard(() =>
    {
        var (in1, in2, dtype, mode, boundary, fill) = TwoDArgs(op, args);
        if (mode != "same") return Wire.Error("unsupported", "Filter2D alone gives only same-size output");
        if (fill != 0 && boundary == "fill") return Wire.Error("unsupported", "Filter2D's constant border is 0");
        var border = boundary switch { "fill" => BorderTypes.Constant, "wrap" => BorderTypes.Wrap, _ => BorderTypes.Reflect };
        using var src = ToMat(in1, dtype);
        using var kernel = ToMat(in2, dtype);
        using var dst = new Mat();
        var anchor = new Point((in2.Shape[1] - 1) / 2, (in2.Shape[0] - 1) / 2);
        Cv2.Filter2D(src, dst, src.Type().Depth, kernel, anchor, 0, border);
        return Wire.Result(FromMat(dst, dtype));
    });

    public static JsonNode PaddedFilter2D(string op, JsonObject args) => Guard(() =>
    {
        var (in1, in2, dtype, mode, boundary, fill) = TwoDArgs(op, args);
        var (n, m, k, l) = (in1.Shape[0], in1.Shape[1], in2.Shape[0], in2.Shape[1]);
        var swap = mode == "valid" && k >= n && l >= m && (k > n || l > m);
        if (swap) (in1, in2, n, m, k, l) = (in2, in1, k, l, n, m);
        if (mode == "valid" && (k > n || l > m)) return Wire.Error("invalid_argument", "in2: valid mode needs one input at least as large as the other");
        var (top, left, rows, cols) = mode switch
        {
            "full" => (k - 1, l - 1, n + k - 1, m + l - 1),
            "same" => ((k - 1) / 2, (l - 1) / 2, n, m),
            _ => (0, 0, n - k + 1, m - l + 1),
        };
        var (bottom, right) = (rows + k - 1 - n - top, cols + l - 1 - m - left);
        var border = boundary switch { "fill" => BorderTypes.Constant, "wrap" => BorderTypes.Wrap, _ => BorderTypes.Reflect };
        using var src = ToMat(in1, dtype);
        using var padded = new Mat();
        Cv2.CopyMakeBorder(src, padded, top, bottom, left, right, border, new Scalar(fill));
        using var kernel = ToMat(in2, dtype);
        using var dst = new Mat();
        Cv2.Filter2D(padded, dst, padded.Type().Depth, kernel, new Point(0, 0), 0, BorderTypes.Constant);
        using var cropped = new Mat(dst, new Rect(0, 0, cols, rows));
        var result = FromMat(cropped.Clone(), dtype);
        return Wire.Result(swap ? Rotate180(result) : result);
    });

    public static JsonNode DilateMaxPool(string op, JsonObject args) => Guard(() =>
    {
        if (op != "MaxPool") return Wire.Error("unsupported", $"{op}: not a pooling this adapter knows");
        var x = Wire.Tensor(args["X"]!, "X");
        if (x.DType != DType.Float32 || x.Shape.Length != 4) return Wire.Error("unsupported", "Dilate adapter: 2-D float32 NCHW only");
        var g = PoolGeometry.From(args, x.Shape);
        if (g.Storage != 0) return Wire.Error("unsupported", "storage_order");
        var (h, w, oh, ow) = (x.Shape[2], x.Shape[3], g.Output[0], g.Output[1]);
        var data = (double[])x.Data;
        var output = new double[x.Shape[0] * x.Shape[1] * oh * ow];
        using var element = new Mat(g.Span(0), g.Span(1), MatType.CV_8UC1, Scalar.All(0));
        for (var u = 0; u < g.Kernel[0]; u++)
        for (var v = 0; v < g.Kernel[1]; v++)
            element.Set(u * g.Dilations[0], v * g.Dilations[1], (byte)1);
        for (var plane = 0; plane < x.Shape[0] * x.Shape[1]; plane++)
        {
            using var src = Mat.FromPixelData(h, w, MatType.CV_32FC1, data.Skip(plane * h * w).Take(h * w).Select(d => (float)d).ToArray());
            var (bottom, right) = (Math.Max(0, (oh - 1) * g.Strides[0] + g.Span(0) - h - g.Begin[0]), Math.Max(0, (ow - 1) * g.Strides[1] + g.Span(1) - w - g.Begin[1]));
            using var padded = new Mat();
            Cv2.CopyMakeBorder(src, padded, g.Begin[0], bottom, g.Begin[1], right, BorderTypes.Constant, new Scalar(float.NegativeInfinity));
            using var dst = new Mat();
            Cv2.Dilate(padded, dst, element, new Point(0, 0), 1, BorderTypes.Constant, new Scalar(float.NegativeInfinity));
            for (var i = 0; i < oh; i++)
            for (var j = 0; j < ow; j++)
                output[(plane * oh + i) * ow + j] = dst.At<float>(i * g.Strides[0], j * g.Strides[1]);
        }
        return Wire.Result(TensorValue.Real(DType.Float32, [x.Shape[0], x.Shape[1], oh, ow], output));
    });

    private static (TensorValue In1, TensorValue In2, DType DType, string Mode, string Boundary, double Fill) TwoDArgs(string op, JsonObject args)
    {
        if (op != "correlate2d") throw new NotSupportedException($"{op}: this adapter answers correlate2d only");
        var (in1, in2) = (Wire.Tensor(args["in1"]!, "in1"), Wire.Tensor(args["in2"]!, "in2"));
        if (in1.DType is DType.Int64 or DType.Complex64 or DType.Complex128 || in2.DType is DType.Int64 or DType.Complex64 or DType.Complex128)
            throw new NotSupportedException("OpenCV filters take float32 and float64 here");
        if (in1.Shape.Length != 2 || in2.Shape.Length != 2) throw new ArgumentException("in1: correlate2d needs 2-D inputs");
        var boundary = (string?)args["boundary"] ?? "fill";
        boundary = boundary switch { "pad" => "fill", "circular" => "wrap", "symmetric" => "symm", _ => boundary };
        return (in1, in2, DTypes.Promote(in1.DType, in2.DType), (string?)args["mode"] ?? "full", boundary, (double?)args["fillvalue"] ?? 0);
    }

    private static Mat ToMat(TensorValue t, DType dtype)
    {
        var d = (double[])t.Data;
        return dtype == DType.Float32
            ? Mat.FromPixelData(t.Shape[0], t.Shape[1], MatType.CV_32FC1, d.Select(x => (float)x).ToArray())
            : Mat.FromPixelData(t.Shape[0], t.Shape[1], MatType.CV_64FC1, (double[])d.Clone());
    }

    private static TensorValue FromMat(Mat mat, DType dtype)
    {
        double[] data;
        if (dtype == DType.Float32)
        {
            mat.GetArray(out float[] f);
            data = f.Select(x => (double)x).ToArray();
        }
        else mat.GetArray(out data);
        return TensorValue.Real(dtype, [mat.Rows, mat.Cols], data);
    }

    private static TensorValue Rotate180(TensorValue t) =>
        TensorValue.Real(t.DType, t.Shape, ((double[])t.Data).Reverse().ToArray());

    private static JsonNode Guard(Func<JsonNode> body)
    {
        try
        {
            return body();
        }
        catch (NotSupportedException e)
        {
            return Wire.Error("unsupported", e.Message);
        }
        catch (ArgumentException e)
        {
            return Wire.Error("invalid_argument", e.Message);
        }
        catch (OpenCVException e)
        {
            return Wire.Error("unsupported", $"OpenCV: {e.Message}");
        }
    }
}
