using System.Globalization;
using System.Text;

namespace ConvSpec.Tensors;

/// <summary>Nested-bracket text of a tensor, as NumPy's tolist() prints it: [[1, 2], [3, 4]].</summary>
public static class NestedText
{
    /// <summary>The elements of <paramref name="tensor"/> nested by axis; a scalar is its bare value.</summary>
    public static string Of<T>(NdArray<T> tensor)
    {
        var text = new StringBuilder();
        var offset = 0;
        Append(tensor, 0, ref offset, text);
        return text.ToString();
    }

    private static void Append<T>(NdArray<T> tensor, int axis, ref int offset, StringBuilder text)
    {
        if (axis == tensor.Rank)
        {
            text.Append(string.Format(CultureInfo.InvariantCulture, "{0}", tensor.Data[offset++]));
            return;
        }
        text.Append('[');
        for (var i = 0; i < tensor.Shape[axis]; i++)
        {
            if (i > 0) text.Append(", ");
            Append(tensor, axis + 1, ref offset, text);
        }
        text.Append(']');
    }
}
