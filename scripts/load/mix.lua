-- wrk script for scripts/load.sh: cycles through the paths in $LOAD_PATHS (one per line),
-- each thread starting at a different place, and counts the answers by status.
local paths = {}
for line in io.lines(os.getenv("LOAD_PATHS")) do
  if line ~= "" then table.insert(paths, line) end
end
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  next_path = math.random(1, #paths)
  codes = {}
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("codes")) do
      totals[status] = (totals[status] or 0) + n
    end
  end
  local errors = summary.errors
  io.write(string.format("requests %d in %.1f s: %.0f/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  for status, n in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, n))
  end
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    errors.connect, errors.read, errors.write, errors.timeout))
end
