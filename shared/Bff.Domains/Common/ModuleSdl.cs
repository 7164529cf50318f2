namespace Bff.Domains.Common;

/// <summary>Reads a module's SDL, embedded in this assembly under its file name.</summary>
internal static class ModuleSdl
{
    public static string Read(string name)
    {
        using var stream = typeof(ModuleSdl).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The SDL resource '{name}' is not embedded in Bff.Domains.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
