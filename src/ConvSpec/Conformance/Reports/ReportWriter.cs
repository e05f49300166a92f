using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConvSpec.Conformance.Reports;

/// <summary>
/// Writes conformance runs as <c>report.json</c> (machine-readable) and <c>report.html</c> (the table, each
/// counterexample, and for 2-D results heatmaps of expected, actual and actual − expected).
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes both files into <paramref name="directory"/> (created if missing); returns the HTML path.</summary>
    public static string Write(IReadOnlyList<CheckReport> reports, string directory)
    {
        Directory.CreateDirectory(directory);
        var json = new JsonArray(reports.Select(r => (JsonNode)ToJson(r)).ToArray());
        File.WriteAllText(Path.Combine(directory, "report.json"), json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var html = Path.Combine(directory, "report.html");
        File.WriteAllText(html, Html(reports));
        return html;
    }

    /// <summary>One run as JSON.</summary>
    public static JsonObject ToJson(CheckReport r) => new()
    {
        ["candidate"] = r.Candidate,
        ["seed"] = r.Seed.ToString(CultureInfo.InvariantCulture),
        ["passed"] = r.Passed,
        ["options"] = new JsonObject
        {
            ["count"] = r.Options.Count, ["max_size"] = r.Options.MaxSize,
            ["dtypes"] = new JsonArray(r.Options.EffectiveDTypes.Select(d => (JsonNode)Protocol.DTypes.Name(d)).ToArray()),
            ["tolerance"] = r.Options.Tolerance.ToString().ToLowerInvariant(), ["strict"] = r.Options.Strict,
            ["timeout_seconds"] = r.Options.Timeout.TotalSeconds,
        },
        ["operations"] = new JsonArray(r.Ops.Select(o => (JsonNode)new JsonObject
        {
            ["op"] = o.Op, ["cases"] = o.Cases, ["passed"] = o.Passed, ["not_covered"] = o.NotCovered, ["failed"] = o.Failed,
            ["worst_error_over_bound"] = Finite(o.WorstFraction), ["worst_ulps"] = Finite(o.WorstUlps),
            ["tolerances"] = new JsonArray(o.Tolerances.Select(t => (JsonNode)t).ToArray()),
        }).ToArray()),
        ["counterexamples"] = new JsonArray(r.Failures.Select(c => (JsonNode)new JsonObject
        {
            ["op"] = c.Op, ["kind"] = c.Verdict.Kind.ToString(), ["where"] = c.Verdict.Detail,
            ["request"] = JsonNode.Parse(c.Request), ["expected"] = c.Verdict.Expected.DeepClone(),
            ["actual"] = c.Verdict.Actual?.DeepClone(), ["first_difference"] = c.Verdict.FirstDifference is { } f ? new JsonArray(f.Select(x => (JsonNode)x).ToArray()) : null,
            ["seed"] = c.Seed.ToString(CultureInfo.InvariantCulture), ["case"] = c.CaseIndex, ["shrink_steps"] = c.ShrinkSteps,
            ["original_args"] = c.OriginalArgs.DeepClone(),
        }).ToArray()),
        ["unchecked_operations"] = new JsonArray(r.Unchecked.Select(op => (JsonNode)op).ToArray()),
        ["not_covered"] = new JsonArray(r.NotCovered.Select(n => (JsonNode)new JsonObject { ["op"] = n.Op, ["case"] = n.CaseIndex, ["message"] = n.Message }).ToArray()),
    };

    private static JsonNode Finite(double x) => double.IsFinite(x) ? JsonValue.Create(x) : JsonValue.Create("Infinity");

    private static string Html(IReadOnlyList<CheckReport> reports)
    {
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>convspec check report</title><style>")
         .Append("body{font-family:sans-serif;margin:2em;max-width:1200px}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}")
         .Append("td:first-child,th{text-align:left}.pass{color:#060}.fail{color:#b00}pre{background:#f4f4f4;padding:6px;white-space:pre-wrap;word-break:break-all}")
         .Append(".maps{display:flex;gap:16px;flex-wrap:wrap}</style></head><body><h1>convspec check</h1>");
        foreach (var r in reports) Run(s, r);
        s.Append("</body></html>");
        return s.ToString();
    }

    private static void Run(StringBuilder s, CheckReport r)
    {
        s.Append(CultureInfo.InvariantCulture, $"<h2>{E(r.Candidate)} — <span class=\"{(r.Passed ? "pass\">PASS" : "fail\">FAIL")}</span></h2>");
        s.Append(CultureInfo.InvariantCulture, $"<p>seed {r.Seed} (replay: <code>--seed {r.Seed}</code>), {r.Options.Count} cases per operation, max size {r.Options.MaxSize}, tolerance {r.Options.Tolerance.ToString().ToLowerInvariant()}{(r.Options.Strict ? ", strict" : "")}</p>");
        s.Append("<table><tr><th>operation</th><th>cases</th><th>passed</th><th>not covered</th><th>failed</th><th>worst error / bound</th><th>worst ulps</th><th>tolerance</th></tr>");
        foreach (var o in r.Ops)
            s.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(o.Op)}</td><td>{o.Cases}</td><td>{o.Passed}</td><td>{o.NotCovered}</td><td class=\"{(o.Failed > 0 ? "fail" : "pass")}\">{o.Failed}</td><td>{CheckReport.Number(o.WorstFraction)}</td><td>{CheckReport.Number(o.WorstUlps)}</td><td>{E(string.Join(",", o.Tolerances))}</td></tr>");
        s.Append("</table>");
        foreach (var c in r.Failures) Counterexample(s, c);
        if (r.NotCovered.Count > 0)
        {
            s.Append("<h3>Not covered (answered unsupported)</h3><ul>");
            foreach (var g in r.NotCovered.GroupBy(n => n.Op))
                // Stryker disable once Linq : a GroupBy group holds at least one element, so First and FirstOrDefault agree
                s.Append(CultureInfo.InvariantCulture, $"<li>{E(g.Key)}: {g.Count()} case(s), e.g. {E(g.First().Message)}</li>");
            s.Append("</ul>");
        }
    }

    private static void Counterexample(StringBuilder s, Counterexample c)
    {
        s.Append(CultureInfo.InvariantCulture, $"<h3 class=\"fail\">{E(c.Op)}: {c.Verdict.Kind}</h3><p>{E(c.Verdict.Detail)}</p>");
        s.Append(CultureInfo.InvariantCulture, $"<p>case {c.CaseIndex} of seed {c.Seed}, shrunk in {c.ShrinkSteps} steps</p>");
        s.Append("<p>request</p><pre>").Append(E(c.Request)).Append("</pre>");
        s.Append("<p>expected (spec)</p><pre>").Append(E(c.Verdict.Expected.ToJsonString())).Append("</pre>");
        s.Append("<p>actual (candidate)</p><pre>").Append(E(c.Verdict.Actual?.ToJsonString() ?? "(no response)")).Append("</pre>");
        var expected = Matrix(c.Verdict.Expected["result"]);
        var actual = Matrix(c.Verdict.Actual?["result"]);
        if (expected is null && actual is null) return;
        s.Append("<div class=\"maps\">");
        if (expected is not null) s.Append(Heatmap.Svg("expected", expected));
        if (actual is not null) s.Append(Heatmap.Svg("actual", actual));
        if (expected is not null && actual is not null && expected.GetLength(0) == actual.GetLength(0) && expected.GetLength(1) == actual.GetLength(1))
        {
            var diff = new double[expected.GetLength(0), expected.GetLength(1)];
            for (var i = 0; i < diff.GetLength(0); i++)
            for (var j = 0; j < diff.GetLength(1); j++)
                diff[i, j] = actual[i, j] - expected[i, j];
            s.Append(Heatmap.Svg("actual − expected", diff, c.Verdict.FirstDifference));
        }
        s.Append("</div>");
    }

    /// <summary>A 2-D result tensor as a matrix (complex: real parts), or null when it is not one.</summary>
    public static double[,]? Matrix(JsonNode? node)
    {
        if (!WireTensor.IsTensor(node)) return null;
        Protocol.TensorValue t;
        // Stryker disable once String : the name only labels FromNode's ArgumentException, which the catch turns into null
        try { t = WireTensor.FromNode(node, "result"); }
        catch (ArgumentException) { return null; }
        if (t.Shape.Length != 2) return null;
        var values = t.Data switch
        {
            long[] l => Array.ConvertAll(l, x => (double)x),
            double[] d => d,
            _ => Array.ConvertAll((Complex[])t.Data, z => z.Real),
        };
        var m = new double[t.Shape[0], t.Shape[1]];
        for (var k = 0; k < values.Length; k++) m[k / t.Shape[1], k % t.Shape[1]] = values[k];
        return m;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
