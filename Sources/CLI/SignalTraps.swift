import Dispatch
import JDAutopsy
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT and SIGTERM into a clean stop request for as long as it lives; a second signal exits at once.
final class SignalTraps {
    private var sources: [DispatchSourceSignal] = []

    /// Installs the traps.
    init(stop: StopSignal) {
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                if stop.isRequested { _exit(128 + sig) }
                stop.request(signal: sig)
            }
            source.resume()
            sources.append(source)
        }
    }

    deinit {
        for s in sources { s.cancel() }
    }
}
