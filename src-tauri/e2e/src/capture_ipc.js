// Run by the end-to-end harness (`App::capture_ipc`) through WebDriver: records every answer the app's Rust side
// sends to the webview in `window.__e2eIpc`, one JSON string each, so that a test can prove none carries a token
// or a secret.
//
// Wrapping `window.__TAURI_INTERNALS__.invoke` is not possible: Tauri defines it (and `ipc`, `postMessage`,
// `runCallback`) with `Object.defineProperty` and a value only, so it is neither writable nor configurable. That
// has nothing to do with `freezePrototype`, which freezes `Object.prototype` only. Two things those functions use
// at every call can be wrapped instead:
// - the global `fetch`, which carries each command to Tauri's `ipc:` protocol and brings its answer back; entries
//   from here are `{"cmd": name, "ok": resolved?, "value": answer}`;
// - `get` on the Map behind `runCallback` (exposed as `__TAURI_INTERNALS__.callbacks`), through which everything
//   else from Rust reaches the page: events, channel messages, and command answers when Tauri falls back to
//   `postMessage`; entries from here are `{"callback": id, "value": data}`.
// An answer that came through `fetch` is not recorded a second time when it is handed to its callback.
//
// Installing twice is harmless: the second run only reports what the first installed.
return (function () {
  const internals = window.__TAURI_INTERNALS__
  const invoke = (internals && Object.getOwnPropertyDescriptor(internals, 'invoke')) || {}
  const report = {
    invokeWritable: !!invoke.writable,
    invokeConfigurable: !!invoke.configurable,
    fetch: false,
    callbacks: false
  }
  if (window.__e2eIpc) {
    return Object.assign(report, window.__e2eIpcHooks)
  }
  const log = []
  window.__e2eIpc = log
  const record = (entry) => {
    try {
      log.push(JSON.stringify(entry))
    } catch (e) {
      log.push(JSON.stringify({ unrecordable: String(e) }))
    }
  }
  // Callback IDs whose answer was recorded from `fetch`.
  const answered = new Set()

  const originalFetch = window.fetch
  if (typeof originalFetch === 'function') {
    window.fetch = function (input, init) {
      const url = String((input && input.url) || input)
      const answer = originalFetch.apply(this, arguments)
      if (!url.startsWith('ipc:') && !url.startsWith('http://ipc.localhost')) {
        return answer
      }
      const path = url.slice(url.indexOf('/', url.indexOf('//') + 2) + 1).split('?')[0]
      const cmd = decodeURIComponent(path)
      const headers = new Headers((init && init.headers) || {})
      const ids = [headers.get('Tauri-Callback'), headers.get('Tauri-Error')]
      // The answer is recorded before Tauri's own code sees the response, so it is in the log by the time the
      // page can react to it.
      return answer.then((response) =>
        response
          .clone()
          .text()
          .then((body) => {
            let value = body
            try {
              value = JSON.parse(body)
            } catch (_) {
              // Not JSON: kept as text.
            }
            for (const id of ids) {
              if (id !== null) answered.add(Number(id))
            }
            record({ cmd, ok: response.headers.get('Tauri-Response') === 'ok', value })
            return response
          })
      )
    }
    report.fetch = true
  }

  const callbacks = internals && internals.callbacks
  if (callbacks && typeof callbacks.get === 'function') {
    const get = callbacks.get.bind(callbacks)
    Object.defineProperty(callbacks, 'get', {
      value: function (id) {
        const callback = get(id)
        if (typeof callback !== 'function' || answered.delete(Number(id))) {
          return callback
        }
        return function (data) {
          record({ callback: id, value: data })
          return callback.apply(this, arguments)
        }
      }
    })
    report.callbacks = true
  }

  window.__e2eIpcHooks = { fetch: report.fetch, callbacks: report.callbacks }
  return report
})()
