//! One throttle for every client of a run: after a 429 anywhere, every request waits.

use super::*;

/// One limiter for every client of a run: after a 429 anywhere, every request waits until the Retry-After (or
/// two seconds without one) has passed.
#[derive(Default)]
pub struct SharedThrottle {
    state: Mutex<ThrottleState>,
}

#[derive(Default)]
pub(super) struct ThrottleState {
    paused_until: Option<Instant>,
    throttles: u64,
}

impl SharedThrottle {
    pub fn new() -> Arc<SharedThrottle> {
        Arc::new(SharedThrottle::default())
    }

    /// How many times Azure asked the run to slow down.
    pub fn throttles(&self) -> u64 {
        self.state.lock().map(|s| s.throttles).unwrap_or(0)
    }
}

#[async_trait::async_trait]
impl RateLimiter for SharedThrottle {
    async fn acquire(&self, _tenant_id: &str, _write: bool) {
        loop {
            let wait = {
                let s = self.state.lock().expect("throttle state");
                s.paused_until
                    .and_then(|t| t.checked_duration_since(Instant::now()))
            };
            match wait {
                Some(d) if !d.is_zero() => tokio::time::sleep(d).await,
                _ => return,
            }
        }
    }

    fn throttled(&self, _tenant_id: &str, retry_after: Option<Duration>) {
        let pause = retry_after
            .unwrap_or(Duration::from_secs(2))
            .min(Duration::from_secs(60));
        if let Ok(mut s) = self.state.lock() {
            let until = Instant::now() + pause;
            s.paused_until = Some(s.paused_until.map_or(until, |t| t.max(until)));
            s.throttles += 1;
        }
    }
}
