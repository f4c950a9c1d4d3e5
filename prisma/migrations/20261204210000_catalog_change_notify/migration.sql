-- Every change of the catalog version is announced on the channel `wincompat_catalog`, inside the
-- writing transaction (NOTIFY is delivered on commit), whoever writes it: the seed, an ingestion,
-- an operator's SQL. Service instances LISTEN and drop their in-memory catalog at once.
CREATE OR REPLACE FUNCTION "wincompat_notify_catalog_change"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('wincompat_catalog', NEW."version");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "catalog_state_notify"
AFTER INSERT OR UPDATE ON "catalog_state"
FOR EACH ROW EXECUTE FUNCTION "wincompat_notify_catalog_change"();
