using System.Diagnostics;

namespace Bff.Testing;

public sealed partial class DemoBackendsProcess
{
    /// <summary>
    /// The backends' token settings (<c>Jwt:SigningKey</c>, <c>Jwt:Issuer</c>, <c>Jwt:Audience</c>), when set before
    /// start: a BFF in Production refuses the public development key, so a Production BFF and these backends share
    /// this one instead, and <see cref="TokenForAsync"/> then mints tokens both accept. Unset: the development key.
    /// </summary>
    public (string SigningKey, string Issuer, string Audience)? Jwt { get; init; }

    private void AddJwtArguments(ProcessStartInfo start)
    {
        if (Jwt is { } jwt)
        {
            start.ArgumentList.Add($"--Jwt:SigningKey={jwt.SigningKey}");
            start.ArgumentList.Add($"--Jwt:Issuer={jwt.Issuer}");
            start.ArgumentList.Add($"--Jwt:Audience={jwt.Audience}");
        }
    }
}
