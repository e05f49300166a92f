using System.Globalization;
using System.Text.Json;

namespace ConvSpec.SpecTests.Protocol;

/// <summary>One pooling request through <see cref="Wire.Send"/>: its result tensor, its numbers, or its error.</summary>
public static class PoolWire
{
    /// <summary>The response's result (the caller reads dtype, data or the shape array).</summary>
    public static JsonElement Result(string op, string args)
    {
        using var doc = Wire.Send(Wire.Line(op, args));
        return doc.RootElement.TryGetProperty("result", out var r)
            ? r.Clone()
            : throw new Xunit.Sdk.XunitException($"{op} answered {doc.RootElement.GetRawText()}");
    }

    /// <summary>The result's elements, "NaN" and "±Infinity" read as doubles.</summary>
    public static double[] Data(string op, string args) => Numbers(Result(op, args).GetProperty("data"));

    /// <summary>The elements of a data array.</summary>
    public static double[] Numbers(JsonElement data) => data.EnumerateArray()
        .Select(e => e.ValueKind == JsonValueKind.String ? double.Parse(e.GetString()!, CultureInfo.InvariantCulture) : e.GetDouble())
        .ToArray();

    /// <summary>The error's type and message.</summary>
    public static (string Type, string Message) Error(string op, string args)
    {
        using var doc = Wire.Send(Wire.Line(op, args));
        var e = doc.RootElement.GetProperty("error");
        return (e.GetProperty("type").GetString()!, e.GetProperty("message").GetString()!);
    }
}
