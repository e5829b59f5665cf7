-- Attaches gongwen-lint's language server to the current buffer with Neovim's built-in client
-- (vim.lsp.start_client, Neovim >= 0.5) and writes the diagnostics it shows to $GONGWEN_OUT as JSON.
local repo = vim.env.GONGWEN_REPO
local out = vim.env.GONGWEN_OUT
local bufnr = vim.api.nvim_get_current_buf()
local received = false

local client_id = vim.lsp.start_client({
  name = 'gongwen-lint',
  cmd = { 'node', repo .. '/bin/gongwen-lint.js', '--lsp' },
  root_dir = repo,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      received = true
    end,
  },
})
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(30000, function() return received end, 50)
local shown = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1] or ''
  table.insert(shown, {
    lnum = d.lnum,
    col = d.col,
    source = d.source,
    severity = d.severity,
    message = d.message,
    -- Neovim converts the server's UTF-16 columns to byte columns: this is the flagged text it sees.
    text = d.end_lnum == d.lnum and line:sub(d.col + 1, d.end_col) or nil,
  })
end
vim.fn.writefile({ vim.fn.json_encode({ received = ok, diagnostics = shown }) }, out)
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
