using System.Text;

namespace Bff.Testing;

/// <summary>
/// Documents built to exhaust a parser, a validator or an executor, on nothing but <c>__typename</c> and
/// introspection, so that they fit any schema. The engine's hostile tests and each BFF's run the same ones.
/// </summary>
public static class HostileDocuments
{
    /// <summary><c>{a{a{a…</c> nested <paramref name="depth"/> deep, never closed.</summary>
    public static string NestedSelections(int depth) => Repeat("{a", depth);

    /// <summary>One selection of <paramref name="count"/> aliases of <c>__typename</c>.</summary>
    public static string Aliases(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: __typename")) + " }";

    /// <summary>Fragments that each spread the next twice, <paramref name="levels"/> levels: 2^levels selections once expanded.</summary>
    public static string FragmentFanOut(int levels)
    {
        var fragments = Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}");
        return "query { ...F0 } " + string.Join(' ', fragments) + $" fragment F{levels} on Query {{ __typename }}";
    }

    /// <summary>Two fragments that spread each other.</summary>
    public const string FragmentCycle = "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }";

    /// <summary>A string literal of <paramref name="length"/> characters as the argument of <paramref name="field"/>.</summary>
    public static string StringLiteral(int length, string field = "__typename") =>
        "{ " + field + "(message: \"" + new string('x', length) + "\") }";

    /// <summary><paramref name="count"/> operations of one document.</summary>
    public static string Operations(int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => $"query Q{i} {{ __typename }}"));

    /// <summary><c>__typename</c> under <paramref name="count"/> copies of <c>@include(if: true)</c>.</summary>
    public static string Directives(int count) => "{ __typename " + Repeat("@include(if: true) ", count) + "}";

    /// <summary>An introspection query following <c>ofType</c> <paramref name="depth"/> times.</summary>
    public static string IntrospectionDepth(int depth) =>
        "{ __schema { types { fields { type { " + Repeat("ofType { ", depth) + "name" + Repeat(" }", depth) + " } } } } }";

    /// <summary><paramref name="count"/> aliases of a whole-schema introspection (every field of every type).</summary>
    public static string IntrospectionFlood(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name args {{ name }} type {{ name }} }} }} }}")) + " }";

    /// <summary>A field whose name has <paramref name="length"/> characters.</summary>
    public static string LongName(int length) => "{ " + new string('f', length) + " }";

    /// <summary>An operation declaring <paramref name="count"/> variables it never uses.</summary>
    public static string UnusedVariables(int count) =>
        "query(" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"$v{i}: Int")) + ") { __typename }";

    /// <summary>A variable whose type is a list nested <paramref name="depth"/> deep.</summary>
    public static string DeepListType(int depth) => "query($v: " + Repeat("[", depth) + "Int" + Repeat("]", depth) + ") { __typename }";

    /// <summary><paramref name="text"/> <paramref name="count"/> times.</summary>
    public static string Repeat(string text, int count) =>
        new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
