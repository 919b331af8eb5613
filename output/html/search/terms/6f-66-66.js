teSearchFile("terms/6f-66-66",[["offensive",[1,1,38],[]],["offered",[1,2,38,2],[]],["office",[1,1,42],[]],["official",[1,1,16],[]]]);
