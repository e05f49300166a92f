using OpenCvSharp;

namespace ConvSpec.Examples.OpenCv;

/// <summary>
/// Minimal cases of OpenCV's documented conventions that differ from SciPy's correlate2d, printed with
/// SciPy's answer (scipy.signal.correlate2d, SciPy 1.10, written out) so docs/findings.md can cite them.
/// </summary>
public static class Conventions
{
    public static void Print(TextWriter output)
    {
        output.WriteLine("Conventions (minimal cases):");
        using var row = Mat.FromPixelData(1, 4, MatType.CV_64FC1, new double[] { 1, 2, 3, 4 });
        using var pair = Mat.FromPixelData(1, 2, MatType.CV_64FC1, new double[] { 1, 1 });
        output.WriteLine($"  Filter2D([[1,2,3,4]], [[1,1]]), default anchor, BORDER_CONSTANT: {Show(Filter(row, pair, null, BorderTypes.Constant))}"
            + "   scipy correlate2d(..., 'same') = [[3,5,7,4]]");
        output.WriteLine($"  Filter2D(..., anchor (0,0)), BORDER_CONSTANT:                 {Show(Filter(row, pair, new Point(0, 0), BorderTypes.Constant))}");
        using var three = Mat.FromPixelData(1, 3, MatType.CV_64FC1, new double[] { 1, 1, 1 });
        output.WriteLine($"  Filter2D([[1,2,3,4]], [[1,1,1]]), BORDER_DEFAULT (REFLECT_101):  {Show(Filter(row, three, null, BorderTypes.Default))}"
            + "   scipy boundary='symm' = [[4,6,9,11]]");
        output.WriteLine($"  Filter2D([[1,2,3,4]], [[1,1,1]]), BORDER_REFLECT:                {Show(Filter(row, three, null, BorderTypes.Reflect))}");
        try
        {
            output.WriteLine($"  Filter2D(..., BORDER_WRAP) 3-tap: {Show(Filter(row, three, null, BorderTypes.Wrap))}");
        }
        catch (OpenCVException e)
        {
            output.WriteLine($"  Filter2D(..., BORDER_WRAP) with a small kernel throws: {e.Message.Split('\n')[0]}"
                + "   scipy boundary='wrap' = [[7,6,9,8]]");
        }
        output.WriteLine();
    }

    private static Mat Filter(Mat src, Mat kernel, Point? anchor, BorderTypes border)
    {
        var dst = new Mat();
        Cv2.Filter2D(src, dst, MatType.CV_64F, kernel, anchor, 0, border);
        return dst;
    }

    private static string Show(Mat m)
    {
        m.GetArray(out double[] d);
        return "[[" + string.Join(",", d) + "]]";
    }
}
