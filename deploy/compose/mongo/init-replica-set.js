// Run by the mongo-init container (mongosh --host mongo-1): initiates replica set rs0 once (idempotent) and
// waits until a primary is elected, so services start only against a writable replica set.
const members = [
  { _id: 0, host: 'mongo-1:27017', priority: 2 },
  { _id: 1, host: 'mongo-2:27017', priority: 1 },
  { _id: 2, host: 'mongo-3:27017', priority: 1 },
];

let initiated = true;
try {
  rs.status();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
  initiated = false;
}
if (!initiated) {
  rs.initiate({ _id: 'rs0', members });
  print('rs0 initiated');
}

for (let i = 0; i < 120; i++) {
  const hello = db.hello();
  if (hello.primary) {
    print('rs0 primary: ' + hello.primary + ', members: ' + hello.hosts.join(','));
    quit(0);
  }
  sleep(1000);
}
print('rs0 has no primary after 120 s');
quit(1);
