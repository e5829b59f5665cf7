// The N-API binding of the segmenter (model.h): compile nodejieba's dictionary and HMM model
// into one model file, load it once per process, segment and POS-tag text. JS reads and writes
// the text files and hands their bytes over; the model file is mapped from a UTF-8 path (a wide
// path on Windows), so no character of a path can break loading. The loaded
// model is read-only and shared by all worker threads; tag() returns one flat Uint32Array of
// [start, end, tagId] triples in UTF-16 offsets, so JS never builds an object per word in C++
// nor searches for a word in the text. Every bad argument or file is a JS exception; nothing
// here aborts the process, and a failed call leaves the loaded model as it was.
#include <napi.h>

#include <atomic>
#include <mutex>
#include <string>
#include <vector>

#include "model.h"

#ifdef _WIN32
#define NOMINMAX
#include <windows.h>
#else
#include <dlfcn.h>
#endif

namespace {

using gongwen::Model;

// Process-wide and never freed: worker threads may still use it while the process exits.
std::mutex loadMutex;
std::atomic<const Model*> loadedModel{nullptr};

std::string Bytes(const Napi::Value& value, const char* name) {
  if (!value.IsTypedArray() || value.As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    throw Napi::TypeError::New(value.Env(), std::string(name) + " must be a Uint8Array");
  }
  Napi::Uint8Array array = value.As<Napi::Uint8Array>();
  return std::string(reinterpret_cast<const char*>(array.Data()), array.ByteLength());
}

std::string Text(const Napi::Value& value, const char* name) {
  if (!value.IsString()) throw Napi::TypeError::New(value.Env(), std::string(name) + " must be a string");
  return value.As<Napi::String>().Utf8Value();
}

// compile(dict: Uint8Array, hmm: Uint8Array, source: string) → the model file's bytes.
Napi::Value Compile(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string dict = Bytes(info[0], "dict"), hmm = Bytes(info[1], "hmm"), source = Text(info[2], "source");
  try {
    std::vector<uint8_t> model = gongwen::CompileModel(dict, hmm, source);
    return Napi::Buffer<uint8_t>::Copy(env, model.data(), model.size());
  } catch (const std::exception& error) {
    throw Napi::Error::New(env, error.what());
  }
}

// load(model: string | Uint8Array, source: string, userDict: Uint8Array) → whether a model is
// loaded. `model` is the model file's path (mapped, not copied) or its bytes. Once per process:
// later calls change nothing. false when the file cannot be opened, is of another format
// version or was compiled from another `source` (the caller compiles it again); throws for a
// damaged model, and loads nothing.
Napi::Value Load(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const bool isPath = info[0].IsString();
  if (!isPath && !(info[0].IsTypedArray() && info[0].As<Napi::TypedArray>().TypedArrayType() == napi_uint8_array)) {
    throw Napi::TypeError::New(env, "model must be a path or a Uint8Array");
  }
  std::string source = Text(info[1], "source");
  std::string userDict = Bytes(info[2], "userDict");
  std::lock_guard<std::mutex> lock(loadMutex);
  if (loadedModel.load()) return Napi::Boolean::New(env, true);
  try {
    gongwen::ModelBytes bytes;
    if (isPath) {
      if (!gongwen::ReadModelFile(info[0].As<Napi::String>().Utf8Value(), bytes)) return Napi::Boolean::New(env, false);
    } else {
      Napi::Uint8Array array = info[0].As<Napi::Uint8Array>();
      bytes = gongwen::CopyModelBytes(array.Data(), array.ByteLength());
    }
    std::string compiledFrom;
    if (!gongwen::ModelSource(bytes.data, bytes.length, compiledFrom) || compiledFrom != source) {
      bytes.Release();
      return Napi::Boolean::New(env, false);
    }
    loadedModel.store(new Model(std::move(bytes), userDict));
  } catch (const std::exception& error) {
    throw Napi::Error::New(env, error.what());
  }
  return Napi::Boolean::New(env, true);
}

Napi::Value Loaded(const Napi::CallbackInfo& info) {
  return Napi::Boolean::New(info.Env(), loadedModel.load() != nullptr);
}

const Model& Required(Napi::Env env) {
  const Model* model = loadedModel.load();
  if (!model) throw Napi::Error::New(env, "segmentation model not loaded");
  return *model;
}

// tag(text: string) → Uint32Array [start, end, tagId, …] over the whole text, in order.
Napi::Value Tag(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!info[0].IsString()) throw Napi::TypeError::New(env, "text must be a string");
  const Model& model = Required(env);
  // Read into this thread's buffers, not a new string and vector per call.
  thread_local std::u16string text;
  thread_local std::vector<uint32_t> triples;
  size_t length = 0;
  napi_get_value_string_utf16(env, info[0], nullptr, 0, &length);
  text.resize(length + 1);
  napi_get_value_string_utf16(env, info[0], &text[0], length + 1, &length);
  triples.clear();
  try {
    gongwen::Tag(model, text.data(), length, triples);
  } catch (const std::exception& error) {
    throw Napi::Error::New(env, error.what());
  }
  Napi::Uint32Array out = Napi::Uint32Array::New(env, triples.size());
  std::copy(triples.begin(), triples.end(), out.Data());
  return out;
}

// The names of the tag ids (fixed once the model is loaded).
Napi::Value Tags(const Napi::CallbackInfo& info) {
  const auto& names = Required(info.Env()).TagNames();
  Napi::Array out = Napi::Array::New(info.Env(), names.size());
  for (size_t i = 0; i < names.size(); i++) out.Set(uint32_t(i), names[i]);
  return out;
}

// The loaded model outlives the last worker thread that used it only if this library is never
// unloaded (Node unloads an addon with the environment that loaded it): pin it, on every platform.
void PinLibrary() {
#ifdef _WIN32
  HMODULE self;
  GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_PIN,
                     reinterpret_cast<LPCWSTR>(&PinLibrary), &self);
#else
  Dl_info self;
  if (dladdr(reinterpret_cast<void*>(&PinLibrary), &self) && self.dli_fname) {
    dlopen(self.dli_fname, RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE);
  }
#endif
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  PinLibrary();
  exports.Set("compile", Napi::Function::New(env, Compile));
  exports.Set("load", Napi::Function::New(env, Load));
  exports.Set("loaded", Napi::Function::New(env, Loaded));
  exports.Set("tag", Napi::Function::New(env, Tag));
  exports.Set("tags", Napi::Function::New(env, Tags));
  return exports;
}

}  // namespace

NODE_API_MODULE(segmenter, Init)
