using System.Globalization;
using System.Numerics;
using System.Text.Json;
using ConvSpec.Shapes;
using ConvSpec.Validation;

namespace ConvSpec.Protocol;

/// <summary>
/// The protocol's tensor encodings (docs/protocol.md). Read: a nested array of numbers (NumPy's tolist();
/// integers only gives int64, else float64; a bare number is rank 0) or
/// {"dtype": D, "shape": [...], "data": [...]} with row-major data, complex elements as [re, im] and the
/// non-finite values as "NaN", "Infinity", "-Infinity". Write: always the object form, floats in the
/// shortest text that reads back to the same bits.
/// </summary>
public static class TensorJson
{
    /// <summary>Decodes the tensor argument <paramref name="name"/>; malformed input is an error naming it.</summary>
    public static TensorValue Read(JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Object => ReadObject(element, name),
        JsonValueKind.Array or JsonValueKind.Number or JsonValueKind.String => ReadNested(element, name),
        _ => throw new ArgumentException($"{name}: must be a tensor: a nested array of numbers or {{dtype, shape, data}} (got {element.ValueKind})", name),
    };

    private static TensorValue ReadObject(JsonElement element, string name)
    {
        if (Npy.NpyReference.Is(element)) return Npy.NpyReference.Read(element, name);
        JsonElement? dtype = null, shape = null, data = null;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "dtype": dtype = property.Value; break;
                case "shape": shape = property.Value; break;
                case "data": data = property.Value; break;
                default: throw new ArgumentException($"{name}: unknown tensor field '{property.Name}' (known: dtype, shape, data)", name);
            }
        }
        if (dtype is null || shape is null || data is null)
            throw new ArgumentException($"{name}: a tensor object needs dtype, shape and data", name);
        if (dtype.Value.ValueKind != JsonValueKind.String)
            throw new ArgumentException($"{name}.dtype: must be a string", name);
        var type = DTypes.Parse(dtype.Value.GetString(), name + ".dtype");
        var extents = ReadShape(shape.Value, name + ".shape");
        var count = IndexSpace.ElementCount(extents, name + ".shape");
        if (data.Value.ValueKind != JsonValueKind.Array)
            throw new ArgumentException($"{name}.data: must be a flat array", name);
        var length = data.Value.GetArrayLength();
        Preconditions.Require(length == count, name,
            $"data must hold {count} elements for shape {ShapeText.Of(extents)} (got {length})");
        var items = data.Value.EnumerateArray().ToArray();
        return type switch
        {
            DType.Int64 => TensorValue.Int64(extents, Array.ConvertAll(items, e => ReadInteger(e, name))),
            DType.Float32 or DType.Float64 => TensorValue.Real(type, extents, Array.ConvertAll(items, e => ReadReal(e, name, type))),
            _ => TensorValue.Complex(type, extents, Array.ConvertAll(items, e => ReadComplex(e, name, type))),
        };
    }

    /// <summary>A shape: an array of non-negative integers.</summary>
    public static int[] ReadShape(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw new ArgumentException($"{name}: must be an array of non-negative integers", name);
        return element.EnumerateArray().Select(e =>
            e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var d) && d >= 0
                ? d
                : throw new ArgumentException($"{name}: extents must be non-negative integers (got {e.GetRawText()})", name)).ToArray();
    }

    private static TensorValue ReadNested(JsonElement element, string name)
    {
        var shape = new List<int>();
        for (var e = element; e.ValueKind == JsonValueKind.Array; e = e[0])
        {
            shape.Add(e.GetArrayLength());
            if (e.GetArrayLength() == 0) break;
        }
        var extents = shape.ToArray();
        var leaves = new List<JsonElement>();
        Flatten(element, 0, extents, leaves, name);
        var integral = leaves.Count > 0 && leaves.All(e => e.ValueKind == JsonValueKind.Number && IsIntegerLiteral(e));
        return integral
            ? TensorValue.Int64(extents, leaves.Select(e => ReadInteger(e, name)).ToArray())
            : TensorValue.Real(DType.Float64, extents, leaves.Select(e => ReadReal(e, name, DType.Float64)).ToArray());
    }

    private static void Flatten(JsonElement element, int axis, int[] shape, List<JsonElement> leaves, string name)
    {
        if (axis == shape.Length)
        {
            if (element.ValueKind == JsonValueKind.Array)
                throw new ArgumentException($"{name}: ragged nested array (too deep at axis {axis})", name);
            leaves.Add(element);
            return;
        }
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != shape[axis])
            throw new ArgumentException(
                $"{name}: ragged nested array (axis {axis} should have length {shape[axis]}, got {Describe(element)})", name);
        foreach (var item in element.EnumerateArray()) Flatten(item, axis + 1, shape, leaves, name);
    }

    private static string Describe(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? $"length {e.GetArrayLength()}" : e.ValueKind.ToString().ToLowerInvariant();

    private static bool IsIntegerLiteral(JsonElement e)
    {
        var raw = e.GetRawText();
        return !raw.AsSpan().ContainsAny('.', 'e', 'E');
    }

    private static long ReadInteger(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Number || !IsIntegerLiteral(e))
            throw new ArgumentException($"{name}: int64 elements must be integers (got {e.GetRawText()})", name);
        return e.TryGetInt64(out var v)
            ? v
            : throw new ArgumentException($"{name}: integer {e.GetRawText()} does not fit in int64", name);
    }

    private static double ReadReal(JsonElement e, string name, DType dtype)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return e.GetString() switch
            {
                "NaN" => double.NaN,
                "Infinity" => double.PositiveInfinity,
                "-Infinity" => double.NegativeInfinity,
                var s => throw new ArgumentException($"{name}: the only strings allowed as numbers are NaN, Infinity, -Infinity (got \"{s}\")", name),
            };
        }
        if (e.ValueKind != JsonValueKind.Number)
            throw new ArgumentException($"{name}: elements must be numbers (got {e.ValueKind.ToString().ToLowerInvariant()})", name);
        var raw = e.GetRawText();
        return dtype == DType.Float32
            ? float.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static Complex ReadComplex(JsonElement e, string name, DType dtype)
    {
        var part = dtype == DType.Complex64 ? DType.Float32 : DType.Float64;
        if (e.ValueKind != JsonValueKind.Array) return new Complex(ReadReal(e, name, part), 0);
        if (e.GetArrayLength() != 2)
            throw new ArgumentException($"{name}: complex elements must be [re, im] pairs (got {e.GetRawText()})", name);
        return new Complex(ReadReal(e[0], name, part), ReadReal(e[1], name, part));
    }

    /// <summary>Writes <paramref name="tensor"/> in the object form.</summary>
    public static void Write(Utf8JsonWriter writer, TensorValue tensor)
    {
        writer.WriteStartObject();
        writer.WriteString("dtype", tensor.DType.Name());
        writer.WriteStartArray("shape");
        foreach (var d in tensor.Shape) writer.WriteNumberValue(d);
        writer.WriteEndArray();
        writer.WriteStartArray("data");
        var single = tensor.DType is DType.Float32 or DType.Complex64;
        switch (tensor.Data)
        {
            case long[] longs:
                foreach (var x in longs) writer.WriteNumberValue(x);
                break;
            case double[] doubles:
                foreach (var x in doubles) WriteReal(writer, x, single);
                break;
            case Complex[] complexes:
                foreach (var z in complexes)
                {
                    writer.WriteStartArray();
                    WriteReal(writer, z.Real, single);
                    WriteReal(writer, z.Imaginary, single);
                    writer.WriteEndArray();
                }
                break;
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// A real in the shortest text that parses back to the same bits (as float when <paramref name="single"/>),
    /// always with a '.' or exponent so readers see a float; −0 as "-0.0"; non-finite as strings.
    /// </summary>
    public static void WriteReal(Utf8JsonWriter writer, double x, bool single)
    {
        if (double.IsNaN(x)) { writer.WriteStringValue("NaN"); return; }
        if (double.IsInfinity(x)) { writer.WriteStringValue(double.IsPositiveInfinity(x) ? "Infinity" : "-Infinity"); return; }
        writer.WriteRawValue(RealText(x, single));
    }

    /// <summary>
    /// The text <see cref="WriteReal"/> writes for a finite value: the default format, which since .NET Core 3.0 is
    /// the shortest text that round-trips (what "R" gives).
    /// </summary>
    public static string RealText(double x, bool single)
    {
        var text = single ? ((float)x).ToString(CultureInfo.InvariantCulture) : x.ToString(CultureInfo.InvariantCulture);
        return text.AsSpan().ContainsAny('.', 'E', 'e') ? text : text + ".0";
    }
}
