namespace Bff.Caching.Internal;

/// <summary>
/// Circuit breaker around L2: after a run of consecutive failures, L2 is skipped for a break
/// period so requests never queue behind a dead Redis; then a single probe decides whether to close.
/// </summary>
internal sealed class L2Breaker(int failureThreshold, TimeSpan breakDuration, TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _failures;
    private DateTimeOffset _openUntil;
    private bool _probing;

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _failures >= failureThreshold;
            }
        }
    }

    /// <summary>True when the caller may use L2 now; in the half-open state only one caller is let through.</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_failures < failureThreshold)
            {
                return true;
            }

            if (time.GetUtcNow() < _openUntil || _probing)
            {
                return false;
            }

            _probing = true;
            return true;
        }
    }

    public void OnSuccess()
    {
        lock (_gate)
        {
            _failures = 0;
            _probing = false;
        }
    }

    public void OnFailure()
    {
        lock (_gate)
        {
            _failures++;
            _probing = false;
            if (_failures >= failureThreshold)
            {
                _openUntil = time.GetUtcNow() + breakDuration;
            }
        }
    }
}
