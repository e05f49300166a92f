using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using Microsoft.ML.OnnxRuntime;

namespace ConvSpec.Examples.OnnxRuntime;

/// <summary>
/// ONNX Runtime's CPU kernels as a convspec candidate: Func&lt;op, args, response&gt; for Conv, MaxPool (with
/// Indices), AveragePool, LpPool, GlobalMaxPool, GlobalAveragePool. Each request becomes a one-node model
/// (opset 19) built in code; tensor args X, W, B are graph inputs, every other arg an attribute. Session
/// creation or run failures are answered invalid_argument (ORT rejects bad attributes) or, for a missing
/// kernel (a dtype ORT does not implement), unsupported.
/// </summary>
public static class OrtCandidate
{
    private static readonly string[] TensorArgs = ["X", "W", "B"];
    private static readonly SessionOptions Options = new() { IntraOpNumThreads = 1, InterOpNumThreads = 1, LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL };

    /// <summary>
    /// ConvSpec's convention arguments, which are no ONNX attributes, with the value ONNX Runtime (opset 19) follows;
    /// a request asking for another convention is answered unsupported. <c>method</c> (ConvSpec's evaluation path)
    /// is dropped; MaxPool's <c>nan</c> rule is answered only when it is <c>ignore</c> (ONNX Runtime compares with
    /// <c>&gt;</c>, so NaN never replaces the maximum) or the input has no NaN.
    /// </summary>
    private static readonly Dictionary<string, string> OrtConventions = new()
    {
        ["pad_limit"] = "onnx", ["overhang"] = "padded_window", ["convention"] = "onnx", ["padding_mode"] = "zeros",
    };

    /// <summary>
    /// The adapter with ONNX Runtime's known bugs (docs/findings.md) answered unsupported, so a second run reaches
    /// past them: pooling with auto_pad SAME_* and a dilation above 1, GlobalMaxPool on NaN data, LpPool whose
    /// power sum overflows float32.
    /// </summary>
    public static JsonNode AnswerAvoidingKnownBugs(string op, JsonObject args)
    {
        var same = (string?)args["auto_pad"] is "SAME_UPPER" or "SAME_LOWER";
        var dilated = args["dilations"] is JsonArray d && d.Any(v => PoolGeometry.Int(v!) > 1);
        if (op.Contains("Pool") && same && dilated) return Wire.Error("unsupported", "known bug: SAME_* padding with dilation");
        if (op == "GlobalMaxPool" && args["X"] is { } x && Wire.Tensor(x, "X").AsComplex().Data.Any(z => double.IsNaN(z.Real)))
            return Wire.Error("unsupported", "known bug: GlobalMaxPool skips NaN");
        return Answer(op, args);
    }

    public static JsonNode Answer(string op, JsonObject args)
    {
        args = (JsonObject)args.DeepClone();
        args.Remove("method");
        foreach (var (name, value) in OrtConventions)
        {
            if (args[name] is not { } given) continue;
            if ((string?)given != value) return Wire.Error("unsupported", $"{name}: ONNX Runtime implements {value} only");
            args.Remove(name);
        }
        if (args["nan"] is { } nan || op == "MaxPool")
        {
            var rule = (string?)args["nan"] ?? "propagate";
            if (rule != "ignore" && Wire.Tensor(args["X"]!, "X").AsComplex().Data.Any(z => double.IsNaN(z.Real)))
                return Wire.Error("unsupported", $"nan: ONNX Runtime's MaxPool skips NaN (nan: ignore), {rule} asked");
            args.Remove("nan");
        }
        var inputs = new List<(string Name, TensorValue Tensor)>();
        var attributes = new List<OnnxAttribute>();
        foreach (var (name, value) in args)
        {
            if (TensorArgs.Contains(name)) inputs.Add((name, Wire.Tensor(value!, name)));
            else attributes.Add(value switch
            {
                JsonArray a => new OnnxAttribute.Ints(name, a.Select(v => (long)PoolGeometry.Int(v!)).ToArray()),
                JsonValue v when v.ToJsonString().StartsWith('"') => new OnnxAttribute.Text(name, (string)v!),
                JsonValue v when v.ToJsonString().Contains('.') => new OnnxAttribute.Float(name, (float)(double)v),
                _ => new OnnxAttribute.Int(name, PoolGeometry.Int(value!)),
            });
        }
        if (inputs.Any(i => i.Tensor.DType is not (DType.Float32 or DType.Float64)))
            return Wire.Error("unsupported", "this adapter passes float32 and float64 tensors only");
        var elem = inputs[0].Tensor.DType == DType.Float32 ? OnnxModel.Float : OnnxModel.Double;
        var outputs = op == "MaxPool" ? new[] { ("Y", elem), ("Indices", OnnxModel.Int64) } : new[] { ("Y", elem) };
        var model = OnnxModel.OneNode(op, 19, inputs.Select(i => (i.Name, elem, i.Tensor.Shape.Select(d => (long)d).ToArray())).ToArray(), outputs, attributes);
        try
        {
            return Run(model, inputs, outputs.Select(o => o.Item1).ToArray(), inputs[0].Tensor.DType);
        }
        catch (OnnxRuntimeException e)
        {
            var type = e.Message.Contains("NOT_IMPLEMENTED") || e.Message.Contains("Could not find an implementation")
                || e.Message.Contains("not supported") ? "unsupported" : "invalid_argument";
            return Wire.Error(type, e.Message.Split('\n')[0]);
        }
    }

    private static JsonNode Run(byte[] model, List<(string Name, TensorValue Tensor)> inputs, string[] outputNames, DType dtype)
    {
        using var session = new InferenceSession(model, Options);
        var values = inputs.Select(i => dtype == DType.Float32
            ? OrtValue.CreateTensorValueFromMemory(((double[])i.Tensor.Data).Select(x => (float)x).ToArray(), i.Tensor.Shape.Select(d => (long)d).ToArray())
            : OrtValue.CreateTensorValueFromMemory((double[])((double[])i.Tensor.Data).Clone(), i.Tensor.Shape.Select(d => (long)d).ToArray())).ToList();
        try
        {
            using var runOptions = new RunOptions();
            using var results = session.Run(runOptions, inputs.Select(i => i.Name).ToArray(), values, outputNames);
            var y = results[0];
            var shape = y.GetTensorTypeAndShape().Shape.Select(d => checked((int)d)).ToArray();
            var data = dtype == DType.Float32
                ? y.GetTensorDataAsSpan<float>().ToArray().Select(v => (double)v).ToArray()
                : y.GetTensorDataAsSpan<double>().ToArray();
            var response = Wire.Result(TensorValue.Real(dtype, shape, data));
            if (outputNames.Length > 1)
                response["indices"] = Wire.Json(TensorValue.Int64(
                    results[1].GetTensorTypeAndShape().Shape.Select(d => checked((int)d)).ToArray(), results[1].GetTensorDataAsSpan<long>().ToArray()));
            return response;
        }
        finally
        {
            foreach (var v in values) v.Dispose();
        }
    }
}
